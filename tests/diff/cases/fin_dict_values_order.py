class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

d = {"one": R("v1"), "two": R("v2"), "three": R("v3")}
print("dropping dict")
del d
print("---")
d = {}
d["z"] = R("z")
d["a"] = R("a")
d["m"] = R("m")
d.clear()
print("--- cleared")
d = {R("k1"): 1, R("k2"): 2}
d = None
print("--- keys dropped")
