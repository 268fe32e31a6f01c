import copy
import gc
import sys

gc.collect()
inner = [1, 2]
outer = [inner, inner, {"k": inner}]
shallow = copy.copy(outer)
print(sys.getrefcount(inner), shallow[0] is inner, shallow is outer)
deep = copy.deepcopy(outer)
print(sys.getrefcount(inner), deep[0] is deep[1], deep[2]["k"] is deep[0], sys.getrefcount(deep[0]))
memo = {}
d2 = copy.deepcopy(outer, memo)
print(len(memo), memo[id(inner)] is d2[0], sys.getrefcount(inner), sys.getrefcount(outer))
del memo
print(sys.getrefcount(inner), sys.getrefcount(outer))
t = (1, "a", (2, 3))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
c2 = copy.deepcopy(t2)
print(c2 is t2, c2 == t2, c2[1] is t2[1])
s = {1, 2, 3}
fs = frozenset([4, 5])
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(fs) is fs, copy.deepcopy(fs) is fs, copy.deepcopy(s) == s)
d = {"a": [1], "b": (2,)}
dc = copy.deepcopy(d)
print(dc, dc["a"] is d["a"], dc["b"] is d["b"])
f = lambda v: v
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(len) is len, copy.deepcopy(int) is int)

class P:
    def __init__(self, x):
        self.x = x
class Empty:
    pass
print("__slotnames__" in P.__dict__)
p = P([1])
p2 = copy.copy(p)
print("__slotnames__" in P.__dict__, P.__slotnames__, p2.x is p.x, gc.is_tracked(p2))
e = copy.deepcopy(Empty())
print(type(e).__name__, vars(e))
memo = {}
copy.deepcopy(P([P(1)]), memo)
print(len(memo))
del p, p2, e, memo
print(gc.collect())
