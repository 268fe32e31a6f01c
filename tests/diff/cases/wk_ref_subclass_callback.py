# weakref.ref subclasses: extra attributes, __callback__, never shared with the plain ref
import gc, weakref
class Obj:
    pass
class Labeled(weakref.ref):
    __slots__ = ("label",)
    def __init__(self, ob, callback=None, label="?"):
        super().__init__(ob, callback)
        self.label = label
class WithDict(weakref.ref):
    pass
def died(r):
    print("  died:", type(r).__name__, getattr(r, "label", None))
o = Obj()
plain = weakref.ref(o)
a = Labeled(o, died, label="first")
b = WithDict(o)
b.note = "hello"
print(a.label, b.note, a() is o, b() is o, weakref.getweakrefcount(o))
print(a.__callback__ is died, plain.__callback__, weakref.ref(o) is plain)
print(isinstance(a, weakref.ref), type(b).__mro__[1] is weakref.ref)
print([type(r).__name__ for r in weakref.getweakrefs(o)])
del o
print(a(), b(), plain())
p = Obj()
p.me = p
c = Labeled(p, died, label="cycle")
del p
print("collect:", gc.collect())
