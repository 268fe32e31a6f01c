import gc
import sys
gc.collect()

class Node:
    __match_args__ = ("value", "children")
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
        self.parent = None
        for c in self.children:
            c.parent = self

def total(n):
    match n:
        case Node(v, []):
            return v
        case Node(v, [*kids]):
            return v + sum(total(k) for k in kids)

tree = Node(1, [Node(2), Node(3, [Node(4)])])
print("total", total(tree))
match tree:
    case Node(children=[first, Node(children=[leaf])]):
        print("first", first.value, "leaf", leaf.value, "leaf parent", leaf.parent.value)
print("tree refs", sys.getrefcount(tree))
del first, leaf
del tree
print("collected", gc.collect())
d = {}
d["self"] = d
match d:
    case {"self": {"self": inner}}:
        print("nested self", inner is d)
del d, inner
print("collected dict cycle", gc.collect())
