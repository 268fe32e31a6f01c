import weakref, gc
gc.collect()

class Tag:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Tag", self.n, "freed")

def gen(n):
    t = Tag(n)
    try:
        yield 1
        yield 2
    finally:
        print("finally", n)

g = gen(1)
next(g)
w = weakref.ref(g, lambda r: print("weakref callback"))
del g
print("---")
g = gen(2)
w = weakref.ref(g, lambda r: print("callback for unstarted"))
del g
print("---")
def consume():
    for x in gen(3):
        return x
print(consume())
print("---")
gens = [gen(i) for i in range(4, 7)]
for x in gens:
    next(x)
del gens
print("---")
gg = gen(8)
next(gg)
gg = None
print("end")
