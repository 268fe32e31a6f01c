import weakref

class A:
    def __init__(self):
        self.v = 1

def cb(proxy):
    print("proxy callback fired")

a = A()
p = weakref.proxy(a, cb)
r = weakref.ref(a)
print("counts:", weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print("value:", p.v)
del a
print("ref dead:", r() is None)
try:
    print(p.v)
except ReferenceError:
    print("proxy dead")
