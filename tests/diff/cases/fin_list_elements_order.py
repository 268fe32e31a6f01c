class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

lst = [R("a"), R("b"), R("c"), R("d")]
print("dropping list")
del lst
print("---")
lst = [R("p"), R("q"), R("r")]
lst.clear()
print("--- cleared")
lst = [R(1), R(2), R(3)]
lst = None
print("--- rebound")
