import gc

class K:
    def __init__(self):
        self.s = set()

gc.collect()
k = K()
k.s.add(k)
del k
print("instance in its own set:", gc.collect())
k = K()
k.t = tuple([k, k.s])
del k
print("instance in its own tuple:", gc.collect())
