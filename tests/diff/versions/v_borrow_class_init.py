import sys

class Wrap:
    def __init__(self, item):
        print("item in __init__:", sys.getrefcount(item))
        self.item = item
        print("stored:", sys.getrefcount(item))

def build():
    data = {"k": 1}
    w = Wrap(data)
    print("after construction:", sys.getrefcount(data))
    return w

w = build()
print("module:", sys.getrefcount(w.item))
