import sys

shared = [0]

class K:
    attr = shared
    def method(self):
        return shared

print("class attribute:", sys.getrefcount(shared))
k1 = K()
k2 = K()
print("instances do not copy it:", sys.getrefcount(shared))
k1.attr = shared
print("instance attribute shadows:", sys.getrefcount(shared))
r = k2.method()
print("returned from method:", sys.getrefcount(shared))
del r, k1
K.attr = None
print("class attribute cleared:", sys.getrefcount(shared))
