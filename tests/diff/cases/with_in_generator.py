import gc
gc.collect()

class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("close", self.name, t.__name__ if t else None)
        return False

def lines(name, n):
    with Res(name) as r:
        for i in range(n):
            yield "%s:%d" % (r.name, i)

print(list(lines("a", 2)))
g = lines("b", 5)
print(next(g))
print("drop")
del g
print("---")
g = lines("c", 3)
print(next(g))
try:
    g.throw(ValueError("bad"))
except ValueError as e:
    print("raised", e)
print("---")
def multi():
    with Res("x") as x, Res("y") as y:
        got = yield x.name + y.name
        print("got", got)
m = multi()
print(next(m))
try:
    m.send(1)
except StopIteration:
    print("done")
print(gc.collect())
