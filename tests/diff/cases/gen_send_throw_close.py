import sys

def acc():
    total = 0
    try:
        while True:
            try:
                v = yield total
            except ValueError as e:
                print("recovering from", e)
                v = 0
            if v is None:
                return total
            total += v
    finally:
        print("acc finally")

a = acc()
print(a.send(None))
print(a.send(5), a.send(7))
print(a.throw(ValueError("bad")))
print(a.throw(ValueError, "also bad"))
print(a.throw(ValueError, ValueError("third")))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
try:
    a.throw(KeyError("late"))
except KeyError as e:
    print("after finish throw raises", repr(e))
a.close()

b = acc()
next(b)
try:
    b.throw(TypeError("boom"))
except TypeError as e:
    print("propagated", e, b.gi_frame)

def ignorer():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")

i = ignorer()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(e)

def stopper():
    yield 1
    raise StopIteration("inner")
s = stopper()
next(s)
try:
    next(s)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

def ret():
    return 42
    yield
try:
    next(ret())
except StopIteration as e:
    print("value", e.value)

def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print(e)
g2 = acc()
try:
    g2.send(3)
except TypeError as e:
    print(e)
try:
    g2.throw(3)
except TypeError as e:
    print(e)
try:
    g2.throw(ValueError("x"), 1)
except TypeError as e:
    print(e)
print(g2.gi_running, g2.gi_suspended, g2.gi_code.co_name, g2.__name__, g2.__qualname__)
del i
print("deleted")
print("end")
