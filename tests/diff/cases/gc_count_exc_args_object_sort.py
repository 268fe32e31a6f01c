# Generation 0's count around three allocations: an exception's args are the very tuple type_call
# packed (BaseException_new and BaseException_init keep it: one tuple, not two); object() is not
# a container (never tracked, not counted); list.sort called with keywords makes its argument
# parser's keyword tuple once (3.11; sorted() passes its keywords on to it).
import gc
c = gc.get_count
class E(Exception):
    pass
def g():
    raise ValueError('x')
l = [3, 1, 2]
r = []
gc.collect()
r.append(c())
e = ValueError('x')
r.append(c())
e = E('a', 'b')
r.append(c())
e = None
r.append(c())
x = object()
r.append(c())
print(gc.is_tracked(x), gc.is_tracked(object()), gc.is_tracked(E()))
r.append(c())
try:
    g()
except ValueError as err:
    r.append(c())
r.append(c())
gc.collect()
r.append(c())
l.sort()
r.append(c())
l.sort(reverse=True)
r.append(c())
l.sort(key=None)
r.append(c())
s = sorted(l, key=abs)
r.append(c())
print([y[0] - x[0] - 1 for x, y in zip(r, r[1:])])
gc.collect()
r = [c()]
s = sorted(l, reverse=True)
r.append(c())
print([y[0] - x[0] - 1 for x, y in zip(r, r[1:])])
