import contextlib, gc, weakref, sys
gc.collect()

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Resource", self.name, "freed")

@contextlib.contextmanager
def acquire(name):
    r = Resource(name)
    print("acquired", name)
    try:
        yield r
    finally:
        print("released", name)

with acquire("one") as r1:
    print("using", r1.name, sys.getrefcount(r1))
print("after with", sys.getrefcount(r1))
del r1

cm = acquire("two")
res = cm.__enter__()
print("entered by hand", res.name)
del res
print("dropping the manager unfinished")
del cm

cm = acquire("three")
cm.__enter__()
holder = [cm]
holder.append(holder)
del cm, holder
print("cycle with paused generator:", gc.collect())

def nested():
    with acquire("outer") as a:
        with acquire("inner") as b:
            yield a.name + "+" + b.name
n = nested()
print(next(n))
n.close()
print("closed nested")
print(gc.collect())
