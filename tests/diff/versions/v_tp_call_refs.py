# Reference counts inside special methods reached through the tp_call convention: a class call
# packs its arguments in a tuple (until 3.13 specialises the call site), int()/str() too until
# 3.13, print's *args tuple, format()'s bound __format__, and (3.11) a bound __getattr__.
import sys

class Box:
    def __init__(self, item):
        print("__init__ sees item:", sys.getrefcount(item))

class Loud:
    def __int__(self):
        print("__int__ sees self:", sys.getrefcount(self))
        return 1
    def __str__(self):
        print("__str__ sees self:", sys.getrefcount(self))
        return "loud"
    def __getattr__(self, name):
        print("__getattr__ sees self:", sys.getrefcount(self))
        return 0

data = {}
for i in range(3):
    Box(data)
Box(data)
x = Loud()
int(x)
str(x)
print(x)
print(x, x)
format(x, "")
print(f"{x}")
x.missing
getattr(x, "missing")
print("module:", sys.getrefcount(x))
