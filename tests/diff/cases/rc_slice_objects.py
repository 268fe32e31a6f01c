# Slice objects in 3.11: BUILD_SLICE makes a new one for every x[a:b] (there are no slice
# constants before 3.12), slice() makes one too; each holds its bounds and is counted like any
# other object. The interpreter keeps one freed slice for reuse, so only a second live slice
# counts in generation 0, and a full collection leaves that cached slice alone.
import gc
import sys


class G:
    def __getitem__(self, k):
        print("getitem", type(k).__name__, k, sys.getrefcount(k))
        return k


class Idx:
    def __index__(self):
        print("index", sys.getrefcount(self))
        return 1


g = G()
g[1:2]
g[1:2:3]
g[:]
g[::2]
a = 1
k = g[a:2]
print(sys.getrefcount(k), k.start, k.stop, k.step)
s = slice(1, 2)
print(sys.getrefcount(s), sys.getrefcount(slice(3)), repr(slice(3)))
l = []
g[l:1]
print(sys.getrefcount(l))
i = Idx()
x = [1, 2, 3]
print(x[i:], x[:i], x[::i])
print(sys.getrefcount(i))
s2 = slice(l, i)
print(sys.getrefcount(l), sys.getrefcount(i), s2.start is l)
del s2
print(sys.getrefcount(l), sys.getrefcount(i))
t = (s, s)
print(sys.getrefcount(s), gc.is_tracked(s))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print(s.indices(10), slice(None, None, -1).indices(5))
try:
    hash(s)
except TypeError as e:
    print("TypeError", e)


def counts():
    before = gc.get_count()[0]
    p = slice(1, 2)
    mid = gc.get_count()[0]
    q = slice(1, 2)
    after = gc.get_count()[0]
    del p
    del q
    end = gc.get_count()[0]
    return mid - before, after - mid, end - after


del k, s, t
gc.collect()
print(counts())
gc.collect()
print(counts())
x[0:2] = [9]
print(x)
del x[0:1]
print(x)
