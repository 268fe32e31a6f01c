import gc

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
x = D("x")
x.me = x
del x
n = gc.collect()
print("collected:", n)
print("garbage:", [o.name for o in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
print("cleared garbage")
print("collect:", gc.collect())
print("end")
