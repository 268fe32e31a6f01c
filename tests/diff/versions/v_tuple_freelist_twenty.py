# The tuple free lists keep lengths 1..20, but 3.11 and 3.12 take only lengths 1..19 from them
# (maybe_freelist_pop's `size < PyTuple_MAXSAVESIZE`): a freed 20-tuple is never reused there and
# every new one counts in generation 0. 3.13 reuses it (gh-121439).
# (No 3.14 output: its oracle's incremental collector counts frees too.)
import gc
gc.disable()

def made(make):
    t = make()
    del t
    c0 = gc.get_count()[0]
    t = make()
    c1 = gc.get_count()[0]
    del t
    c2 = gc.get_count()[0]
    t = make()
    c3 = gc.get_count()[0]
    del t
    return c1 - c0, c2 - c1, c3 - c2

x = 'x'
for n in (19, 20):
    print('tuple(range)', n, made(lambda: tuple(range(100, 100 + n))))
print('display 19', made(lambda: (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)))
print('display 20', made(lambda: (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)))
print('slice 20', made(lambda: tuple(range(100, 140))[:20]))
