# a saved exception keeps the raising frame and its locals alive through __traceback__
import sys, gc, weakref
class Big:
    def __del__(self): print("Big freed")
def inner():
    big = Big()
    raise ValueError("x")
def outer():
    try:
        inner()
    except ValueError as e:
        return e
e = outer()
print("saved")
tb = e.__traceback__
print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
f = tb.tb_next.tb_frame
print(f.f_code.co_name, sorted(f.f_locals), f.f_lineno)
del tb, f
print("dropping traceback")
e.__traceback__ = None
print("dropped")
def variant2():
    try:
        inner()
    except ValueError:
        return sys.exc_info()
info = variant2()
print("saved exc_info")
del info
print("after del info")
saved = []
def variant3():
    try:
        inner()
    except ValueError as err:
        saved.append(err.__traceback__)
variant3()
print("saved tb only")
saved.clear()
print("cleared tb")
gc.collect()
