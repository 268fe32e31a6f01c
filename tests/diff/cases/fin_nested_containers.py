class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

data = {
    "list": [R("L0"), R("L1")],
    "dict": {"x": R("Dx"), "y": R("Dy")},
    "obj": R("O"),
}
data["obj"].child = R("O.child")
print("dropping")
data = None
print("done")
