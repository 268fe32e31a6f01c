# Before 3.11's inline values (and in 2.7) an instance's attributes live in a dict of its own,
# made at the first attribute stored: the collector counts it with the instance. A plain cycle
# of two instances is four objects, and a cycle holding __del__ is set aside whole.
import gc

class Plain(object):
    pass

class Final(object):
    def __del__(self):
        print("never printed before PEP 442")

gc.collect()
a = Plain()
b = Plain()
a.other = b
b.other = a
del a, b
print("plain pair: %d" % gc.collect())
x = Final()
y = Plain()
x.partner = y
y.partner = x
del x, y
print("pair holding __del__: %d" % gc.collect())
print("garbage: %d" % len(gc.garbage))
e = Plain()
print("tracked before any attribute: %s" % gc.is_tracked(e))
