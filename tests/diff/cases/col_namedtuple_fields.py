# namedtuple: a class of its own; instances are tracked tuples holding their fields
import gc
import sys
from collections import namedtuple

Pair = namedtuple("Pair", "left right")
item = ["payload"]
p = Pair(item, right=item)
print(p, p.left is p.right, sys.getrefcount(item))
print(Pair._fields, Pair.__name__, isinstance(p, tuple), hash(p) == hash((item, item)) if False else "skip")
a, b = p
print("unpacked refcount:", sys.getrefcount(item))
del a, b
print(p._asdict(), p._replace(left=1))
try:
    p._replace(middle=2)
except ValueError as e:
    print("ValueError:", e)
try:
    Pair(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", ["ok", "class"])
except ValueError as e:
    print("ValueError:", e)
print(gc.is_tracked(Pair(1, 2)), gc.is_tracked((1, 2)))
print(Pair(1, 2) == (1, 2), Pair(1, 2) < Pair(1, 3), {Pair(1, 2): "x"}[(1, 2)])
Row = namedtuple("Row", ["id", "name"], defaults=[None])
print(Row(7), Row._field_defaults, Row._make((1, "a")))
del p
print("after del:", sys.getrefcount(item))
