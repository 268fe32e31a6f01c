import sys

class Probe:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

lst = [Probe(i) for i in range(6)]
keep = lst[2]
print("keep refcount:", sys.getrefcount(keep))
del lst[1:4]
print("after del lst[1:4]:", [p.name for p in lst])
print("keep refcount now:", sys.getrefcount(keep))
del lst[::2]
print("after del lst[::2]:", [p.name for p in lst])
lst[:] = []
print("emptied")
del keep
print("end")
