def f(a, b=2, *args, c, d=4, **kw):
    return "a=%r b=%r args=%r c=%r d=%r kw=%r" % (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
def g(x, y):
    return x - y
print(g(y=1, x=10), g(*(5, 2)), g(**{"x": 1, "y": 2}))
def h(*, only):
    return only
print(h(only="kw"))
def defaults(n, acc=None):
    if acc is None:
        acc = []
    acc.append(n)
    return acc
print(defaults(1), defaults(2))
sq = lambda n: n * n
print(sq(7), (lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
