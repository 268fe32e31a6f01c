# What a class statement leaves in the class's __dict__ (type_new: the namespace copied,
# __qualname__ taken out, the __dict__/__weakref__ getsets and slot members added, __doc__ and
# __hash__), the descriptors as objects, and what they cost the collector.
import gc
import sys


class Plain:
    """A docstring."""
    x = 1

    def m(self):
        return self.x


print(list(Plain.__dict__))
print(Plain.__doc__, Plain.__qualname__, '__qualname__' in Plain.__dict__)
print(vars(Plain)['__dict__'], vars(Plain)['__weakref__'])
d = Plain.__dict__['__dict__']
print(type(d).__name__, d.__name__, d.__objclass__ is Plain, sys.getrefcount(d))
print(sys.getrefcount(Plain))


class Eq:
    def __eq__(self, other):
        return True


print(list(Eq.__dict__), Eq.__hash__)


class Slotted:
    __slots__ = ('zeta', 'alpha', '__weakref__')


print(list(Slotted.__dict__))
print(Slotted.__dict__['alpha'], type(Slotted.alpha).__name__, sys.getrefcount(Slotted))


class Sub(Plain):
    y = 2


print(list(Sub.__dict__), sys.getrefcount(Sub))


class Err(ValueError):
    pass


print(list(Err.__dict__))


class Lst(list):
    pass


print(list(Lst.__dict__))


def make():
    class Local:
        pass
    return Local


L = make()
print(L.__qualname__, L.__module__, L, L())
p = Plain()
print(p.__weakref__)
import weakref
r = weakref.ref(p)
print(p.__weakref__ is r)

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
del Eq, Slotted, L
print(gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
gc.garbage.clear()
gc.set_debug(0)

dyn = type('Dyn', (), {'__qualname__': 'Outer.Dyn', 'k': 3})
print(dyn.__qualname__, list(dyn.__dict__))


@staticmethod
def helper(a):
    return a * 2


print(helper(21))
