import sys, gc
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

print(take(10, fib()))
f = fib()
print([next(f) for _ in range(5)])

def with_else():
    for i in range(3):
        yield i
    else:
        yield "else"
    while False:
        yield "never"
    else:
        yield "while-else"
print(list(with_else()))

def try_except_in_gen():
    try:
        yield 1
        raise ValueError("inside")
    except ValueError as e:
        yield "caught " + str(e)
        yield type(e).__name__
    else:
        yield "no"
    yield "after"
print(list(try_except_in_gen()))

def gen_return_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
g = gen_return_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
g = gen_return_in_finally()
next(g)
g.close()
print("closed fine")

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            break
        else:
            n += 1
    yield "stopped at %d" % n
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c), c.send("stop"))
print(list(c))

def unpack():
    x, y = yield
    print("unpacked", x, y)
    yield x + y
u = unpack()
next(u)
print(u.send((3, 4)))

class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t.walk()))
print(repr(fib()).split(" at ")[0], repr(t.walk()).split(" at ")[0])
print(gc.collect())
