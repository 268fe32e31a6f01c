import gc

class Holder:
    def __init__(self):
        self.cb = self.method
    def method(self):
        return 42

gc.collect()
h = Holder()
print("via stored bound method:", h.cb())
del h
print("bound method cycle:", gc.collect())
class Funcs:
    pass
f = Funcs()
f.fn = lambda: f
del f
print("lambda global reference is no cycle:", gc.collect())
