# A finished generator's frame object that outlives it: 3.11 unlinks the caller before clearing
# the frame (f_back None, no caller frame object made), 3.12+ keep the caller as f_back (its frame
# object made if missing, which the module's next exception then finds already made).
import gc, sys
c = gc.get_count
saved = None
def closed():
    global saved
    try:
        yield 1
    finally:
        saved = sys._getframe()
def suspended():
    global saved
    saved = sys._getframe()
    yield 1
def returned():
    global saved
    saved = sys._getframe()
    return
    yield
def caller():
    for x in returned():
        pass
def back():
    return saved.f_back and saved.f_back.f_code.co_name
g = closed()
next(g)
del g
print('closed at dealloc', back())
g = suspended()
next(g)
print('suspended', back())
for x in g:
    pass
print('finished', back())
caller()
print('returned in a function', back())
saved = None
g = closed()
next(g)
del g
saved = None
gc.collect()
r = [c()]
try:
    raise ValueError
except ValueError:
    r.append(c())
print('first exception at the module', [y[0] - x[0] - 1 for x, y in zip(r, r[1:])])
