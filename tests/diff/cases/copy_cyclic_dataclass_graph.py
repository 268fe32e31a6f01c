import copy
import gc
import sys
from dataclasses import dataclass, field

gc.collect()

@dataclass(eq=False)
class Node:
    name: str
    edges: list = field(default_factory=list)
    parent: object = field(default=None, repr=False)

def build():
    root = Node("root")
    kids = [Node("k%d" % i, parent=root) for i in range(3)]
    root.edges.extend(kids)
    kids[0].edges.append(kids[1])
    kids[1].edges.append(kids[0])
    kids[2].edges.append(root)
    return root

g = build()
print(g.name, [k.name for k in g.edges], sys.getrefcount(g))
memo = {}
g2 = copy.deepcopy(g, memo)
print(len(memo), g2 is g, g2.edges[0].parent is g2, g2.edges[2].edges[0] is g2)
print(g2.edges[0].edges[0] is g2.edges[1], g2.edges[1].edges[0] is g2.edges[0])
print(sys.getrefcount(g), sys.getrefcount(g2))
del memo
print(sys.getrefcount(g), sys.getrefcount(g2))
print(g2.edges[1])
del g
print("collected original:", gc.collect())
del g2
print("collected copy:", gc.collect())
g3 = build()
s = copy.copy(g3)
print(s.edges is g3.edges, s.parent, s == g3)
del g3, s
print("collected:", gc.collect())
