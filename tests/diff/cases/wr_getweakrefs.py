import weakref

class A:
    pass

a = A()
print("none yet:", weakref.getweakrefcount(a), weakref.getweakrefs(a))
r1 = weakref.ref(a)
r2 = weakref.ref(a, lambda r: None)
p = weakref.proxy(a)
print("count:", weakref.getweakrefcount(a))
refs = weakref.getweakrefs(a)
print("list length:", len(refs))
print("r1 in list:", any(x is r1 for x in refs))
print("r2 in list:", any(x is r2 for x in refs))
del refs, r2
print("after del r2:", weakref.getweakrefcount(a))
print("int has none:", weakref.getweakrefcount(5))
