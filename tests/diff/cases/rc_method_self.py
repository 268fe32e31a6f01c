import sys

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return sys.getrefcount(self)
    def me(self):
        return self

c = Counter()
print("outside:", sys.getrefcount(c))
print("inside method:", c.bump())
print("via class call:", Counter.bump(c))
m = c.me()
print("returned self:", sys.getrefcount(c))
chain = c.me().me().me()
print("chained:", sys.getrefcount(c))
del m, chain
print("after cleanup:", sys.getrefcount(c), c.n)
