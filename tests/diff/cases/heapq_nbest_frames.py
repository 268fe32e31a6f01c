# heapq.nlargest/nsmallest are Python functions of Lib/heapq.py: an exception leaving them mid-call
# leaves their frame in the traceback, which keeps the frame's locals (and, in 3.11, the
# comprehension's) alive until the exception goes; the value stack is released first.
import heapq, sys, gc
c = gc.get_count
print(type(heapq.nlargest).__name__, type(heapq.nsmallest).__name__)
for fn in (heapq.nlargest, heapq.nsmallest):
    print(fn.__name__, fn.__qualname__, fn.__module__, fn.__defaults__, repr(fn).startswith('<function ' + fn.__name__ + ' at 0x'))

class X:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 99 or o.v == 99: raise ValueError('boom')
        return self.v < o.v
    def __del__(self): print('del', self.v)
    def __repr__(self): return 'X%d' % self.v
def gen(vals):
    for v in vals: yield X(v)
def bad_key(x):
    if x.v == 4: raise KeyError(x.v)
    return -x.v
class BadLen:
    def __init__(self, vals): self.vals = vals
    def __len__(self): raise ValueError('len')
    def __iter__(self): return iter(self.vals)
class BadIt:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i == 5: raise RuntimeError('it')
        return X(self.i)
cases = [
    ('key in first', lambda fn: fn(3, gen([5, 1, 4, 2, 7]), key=bad_key)),
    ('key later', lambda fn: fn(2, gen([5, 1, 3, 4, 7]), key=bad_key)),
    ('lt heapify', lambda fn: fn(3, gen([5, 99, 4, 2, 7]))),
    ('lt loop', lambda fn: fn(2, gen([5, 1, 4, 99, 7]))),
    ('lt sort', lambda fn: fn(2, gen([5, 1, 4, 2, 7]), key=lambda x: X(99) if x.v == 7 else X(x.v))),
    ('len', lambda fn: fn(2, BadLen([X(1), X(2), X(3)]))),
    ('next', lambda fn: fn(2, BadIt())),
    ('next first', lambda fn: fn(8, BadIt())),
    ('sorted', lambda fn: fn(5, [X(5), X(99), X(1)])),
    ('ok keyed', lambda fn: fn(2, gen([5, 1, 4, 2, 7]), key=lambda x: x.v)),
    ('ok', lambda fn: fn(2, gen([5, 1, 4, 2, 7]))),
    ('ok small', lambda fn: fn(3, gen([5, 1]))),
]
for fn in (heapq.nlargest, heapq.nsmallest):
    for name, call in cases:
        print('#', fn.__name__, name)
        gc.collect()
        a = c()
        try:
            r = call(fn)
            b = c()
            print('ok', r)
            del r
        except Exception as e:
            b = c()
            tb = e.__traceback__
            names = []
            while tb is not None:
                names.append(tb.tb_frame.f_code.co_name)
                tb = tb.tb_next
            print('caught', type(e).__name__, e, names[1:])
        print(b[0] - a[0], c()[0] - a[0])
for n in (1, 2):
    try:
        heapq.nlargest(n, gen([5, 99, 1]))
    except ValueError as e:
        print('caught', e)
    print('--')
