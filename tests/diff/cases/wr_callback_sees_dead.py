import weakref

class A:
    pass

holder = {}

def cb(ref):
    print("callback: ref in holder:", holder.get("r") is ref)
    print("callback: referent:", ref())

a = A()
holder["r"] = weakref.ref(a, cb)
a2 = a
del a
print("still alive via a2")
del a2
print("end")
