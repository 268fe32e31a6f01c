import weakref

class Thing:
    pass

t = Thing()
p = weakref.proxy(t)
print(repr(p))
del t
print(repr(p))
try:
    p.attr
except ReferenceError as e:
    print("ReferenceError:", e)
