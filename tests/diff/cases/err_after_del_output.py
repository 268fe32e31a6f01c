class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = R("a")
b = R("b")
del a
print("a freed, b alive")
raise RuntimeError("fatal with b still alive")
