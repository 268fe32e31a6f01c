class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

x = R("first")
print("rebinding")
x = R("second")
print("rebound")
y = x
x = None
print("still held by y")
y = 0
print("end of program")
