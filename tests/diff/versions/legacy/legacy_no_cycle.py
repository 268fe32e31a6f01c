import gc

class Temp(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed " + self.name)

gc.collect()
t = Temp("plain")
del t
print("after del")
u = Temp("rebound")
u = None
print("collected: %d" % gc.collect())
print("garbage: %d" % len(gc.garbage))
