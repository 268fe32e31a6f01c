import weakref

class A:
    pass

log = []

def make_cb(name):
    def cb(ref):
        log.append(name)
    return cb

a = A()
refs = [weakref.ref(a, make_cb("cb" + str(i))) for i in range(4)]
plain = weakref.ref(a)
print("weakref count:", weakref.getweakrefcount(a))
del a
print("callback order:", log)
b = A()
r1 = weakref.ref(b, make_cb("first"))
r2 = weakref.ref(b, make_cb("second"))
del b
print("two callbacks:", log[4:])
