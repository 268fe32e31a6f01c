import weakref

class A:
    def m(self):
        return "m"

a = A()
r = weakref.ref(a.m)
print("weakref to bound method dead at once:", r() is None)
m = a.m
r2 = weakref.ref(m)
print("held bound method alive:", r2() is not None)
del m
print("after del:", r2() is None)
f = weakref.ref(A.m)
print("plain function alive:", f() is A.m)
