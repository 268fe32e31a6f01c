import gc, weakref
gc.collect()

class Holder:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Holder __del__", self.name)

def watcher(h):
    try:
        while True:
            got = yield h.name
            print("got", got)
    finally:
        print("watcher finally for", h.name)

a = Holder("a")
b = Holder("b")
ga = watcher(a)
gb = watcher(b)
a.partner = gb
b.partner = ga
a.mine = ga
print(next(ga), next(gb))
ga.send("x")
wa = weakref.ref(ga)
del a, b, ga, gb
print("before collect", wa() is not None)
n = gc.collect()
print("collected", n, wa() is None)

def loop_self():
    me = yield
    while True:
        me = yield me
s = loop_self()
next(s)
s.send(s)
del s
print("collected", gc.collect())

def never_started(x):
    try:
        yield x
    finally:
        print("never printed")
class C: pass
c = C()
c.g = never_started(c)
del c
print("collected unstarted cycle", gc.collect())
