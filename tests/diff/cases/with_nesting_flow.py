class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow

def f(n):
    with CM("outer"):
        with CM("mid", swallow=True):
            with CM("inner"):
                if n == 1:
                    raise ValueError("one")
                if n == 2:
                    return "returned"
        print("after mid")
        if n == 3:
            raise KeyError("three")
    return "end"

for n in range(4):
    try:
        print(f(n))
    except KeyError as e:
        print("caught", repr(e))

i = 0
while True:
    with CM("w%d" % i):
        i += 1
        if i < 2:
            continue
        break
print("i", i)
x = None
with CM("t") as x:
    pass
print("x", x)
items = {}
with CM("sub") as items["k"]:
    pass
print(items)
a = [0, 0]
with CM("p") as a[0], CM("q") as a[1]:
    print(a)
def gen_with():
    with CM("g"):
        try:
            yield 1
        finally:
            print("gen finally")
for v in gen_with():
    print("v", v)
