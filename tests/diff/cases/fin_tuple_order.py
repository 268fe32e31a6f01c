class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

t = (R("t0"), R("t1"), R("t2"))
print("dropping tuple")
del t
print("---")
s = [R("outer"), (R("in0"), R("in1")), [R("l0"), R("l1")]]
del s
print("--- nested")
