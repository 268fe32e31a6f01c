# weakref.proxy of a callable is a CallableProxyType; of anything else a ProxyType
import weakref
def greet(name):
    return "hi " + name
class Box:
    def __call__(self):
        return "called"
class Plain:
    pass
b, p = Box(), Plain()
pf, pb, pp = weakref.proxy(greet), weakref.proxy(b), weakref.proxy(p)
print(type(pf), type(pf).__name__, pf("ann"))
print(type(pb).__name__, pb())
print(type(pp).__name__)
print(type(pf) is weakref.CallableProxyType, type(pp) is weakref.ProxyType)
print(isinstance(pf, weakref.CallableProxyType), isinstance(pp, weakref.CallableProxyType))
print(callable(pf), callable(pp))
