# a list subclass instance is one object: its items, a __dict__ made on the first attribute, its class
import gc, sys
gc.collect()
class Tracked(list):
    pass
t = Tracked([1, 2])
print(sys.getrefcount(Tracked), gc.is_tracked(t), type(t).__name__)
print(t.__dict__, sys.getrefcount(Tracked))
x = object()
t.append(x)
t.tag = x
print(sys.getrefcount(x))
class Node(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def __repr__(self):
        return "Node(%s, %s)" % (self.name, list.__repr__(self))
a, b = Node("a"), Node("b")
a.append(b); b.append(a)
a.peer = b
print(a, b.name, len(a), a == [b], a != [])
del a, b
print("collect:", gc.collect())
del t
print(sys.getrefcount(x))
print(gc.collect())
