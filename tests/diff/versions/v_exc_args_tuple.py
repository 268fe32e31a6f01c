# An exception's args are the tuple BaseException_new / BaseException_init receive: with
# `super().__init__(*a)` (wrap_init hands on CALL_FUNCTION_EX's exact tuple) and `T(*t)`
# (type_call's tuple) that is the caller's own tuple, not a copy. 3.14 calls the builtin exception
# types through vectorcall (gh-118702): `Exception(*t)` makes a new tuple there.
import sys

class E(Exception):
    def __init__(self, *a):
        self.a = a
        super().__init__(*a)

class F(Exception):
    def __init__(self, x, y):
        super().__init__(x, y)

class G(Exception):
    def __init__(self, *a):
        Exception.__init__(self, *a)

class H(Exception):
    pass

class K(KeyError):
    def __init__(self, *a):
        super().__init__(*a)

e = E(1, 2)
print('E super().__init__(*a): args is a', e.args is e.a, sys.getrefcount(e.args))
e = F(1, 2)
print('F super().__init__(x, y)', sys.getrefcount(e.args))
e = G(1, 2)
print('G Exception.__init__(self, *a)', sys.getrefcount(e.args))
t = (3, 4)
print('Exception(*t).args is t', Exception(*t).args is t)
print('H(*t).args is t', H(*t).args is t)
print('ValueError(*t).args is t', ValueError(*t).args is t)
e = H(*t)
print('refs to t', sys.getrefcount(t))
del e
print('refs to t', sys.getrefcount(t))
lst = [7, 8]
print('Exception(*lst)', sys.getrefcount(Exception(*lst).args))
e = K(*t)
print('K(*t): args is t', e.args is t)
def raiser(*a):
    raise E(*a)
try:
    raiser(5, 6)
except E as x:
    print('raised: args is a', x.args is x.a, x.args)
