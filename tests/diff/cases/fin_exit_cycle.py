import gc

class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("exit-time del", self.name)

gc.disable()
a = R("cycle-a")
b = R("cycle-b")
a.other = b
b.other = a
del a, b
plain = R("plain-global")
print("main done, gc disabled:", gc.isenabled())
