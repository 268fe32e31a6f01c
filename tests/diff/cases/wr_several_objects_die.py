import weakref

class A:
    def __init__(self, name):
        self.name = name

order = []
objs = [A("x"), A("y"), A("z")]
refs = [weakref.ref(o, lambda r, n=o.name: order.append(n)) for o in objs]
del objs
print("list freed, callbacks:", order)
order.clear()
d = {"p": A("p"), "q": A("q")}
refs2 = [weakref.ref(v, lambda r, n=k: order.append(n)) for k, v in d.items()]
d.clear()
print("dict cleared, callbacks:", order)
