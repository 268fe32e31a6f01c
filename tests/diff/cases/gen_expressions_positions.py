def positions():
    a = yield "first"
    print("a =", a)
    b = (yield "second") + 10
    print("b =", b)
    c = [1, (yield "third"), 3]
    print("c =", c)
    print("call arg:", (yield "fourth"), "mid", len((yield "fifth")))
    d = {"k": 1}
    d["k"] += 0
    total = 0
    total += yield "sixth"
    print("total", total)
    e = (yield "seventh") if a else 0
    f = a and (yield "eighth")
    print("e f", e, f)
    return (yield "last")

p = positions()
print(next(p))
for v in ["A", 5, 2, "x", "abc", 7, "E", "F", "R"]:
    try:
        print(p.send(v))
    except StopIteration as s:
        print("returned", s.value)

class Box:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return len(self.items)

def collector(box):
    while True:
        n = box.add((yield))
        print("box size", n)

b = Box()
c = collector(b)
next(c)
c.send("p")
c.send("q")
print(b.items)
lam = lambda: (yield 5)
lg = lam()
print(type(lg).__name__, next(lg))
