class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Holder:
    def __del__(self):
        print("del holder")

h = Holder()
h.z = R("z")
h.a = R("a")
h.m = R("m")
print("dropping holder")
del h
print("---")
h = Holder()
h.first = R("first")
h.second = R("second")
vars(h)
h.third = R("third")
h = None
print("--- materialized dict")
