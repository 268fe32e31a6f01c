# Argument Clinic's keyword tuples (Python/getargs.c parser_init, 3.11): a builtin whose
# arguments go through a _PyArg_Parser builds the tuple of its keyword names on its first call
# with keywords, and keeps it. It counts in generation 0 only when the tuple free list of its
# length is empty: every length 1..5 is emptied (by holding tuples of it) before each call, and
# each call is measured twice (first, then again). min/max, enumerate, deque, repeat and zip parse
# their keywords another way: nothing on their first call.
import gc, itertools, math, collections, bisect
gc.disable()
keep = []
def drain(k, sizes=(1, 2, 3, 4, 5)):
    if 1 in sizes: keep.append([(i,) for i in range(k)])
    if 2 in sizes: keep.append([(i, i) for i in range(k)])
    if 3 in sizes: keep.append([(i, i, i) for i in range(k)])
    if 4 in sizes: keep.append([(i, i, i, i) for i in range(k)])
    if 5 in sizes: keep.append([(i, i, i, i, i) for i in range(k)])
drain(2100)
def once(f, sizes=(1, 2, 3, 4, 5)):
    drain(60, sizes)
    a = gc.get_count()[0]
    keep.append((a, a, a))
    f()
    b = gc.get_count()[0]
    return b - a
out = []
def probe(label, f):
    out.append((label, once(f), once(f)))
make = {1: lambda i: (i,), 2: lambda i: (i, i), 3: lambda i: (i, i, i), 4: lambda i: (i, i, i, i), 5: lambda i: (i, i, i, i, i)}
def refilled(n, f):
    # every free list emptied, then three tuples of length n given back to theirs
    drain(60)
    junk = [make[n](i) for i in range(3)]
    del junk
    a = gc.get_count()[0]
    keep.append((a, a, a))
    f()
    b = gc.get_count()[0]
    return b - a
def sized(label, n, f):
    out.append((label + ' (length %d there)' % n, refilled(n, f), once(f)))
l = [3, 1, 2]
od = collections.OrderedDict.fromkeys(range(10))
# the tuple's length: a first call takes its tuple from the free list of its length if it can
sized('int base', 1, lambda: int('10', base=2))
sized('round', 1, lambda: round(1.25, ndigits=1))
sized('split sep', 2, lambda: 'a b'.split(sep=' '))
sized('sum', 2, lambda: sum(l, start=0))
sized('accumulate', 3, lambda: itertools.accumulate(l, initial=0))
sized('bytes', 3, lambda: bytes('a', encoding='utf-8'))
sized('permutations', 3, lambda: itertools.permutations(l, r=2))
sized('isclose', 4, lambda: math.isclose(1, 1, rel_tol=0.1))
sized('count', 4, lambda: itertools.count(start=1))
sized('bisect_left', 5, lambda: bisect.bisect_left(l, 1, hi=3))
sized('insort_left', 5, lambda: bisect.insort_left([], 1, lo=0))
sized('prod', 5, lambda: math.prod(l, start=1))
# the free lists of lengths 1..5 empty
probe('nothing', lambda: None)
probe('list.sort', lambda: l.sort(key=None))
probe('sorted', lambda: sorted(l, reverse=True))
probe('max key', lambda: max(l, key=abs))
probe('min default', lambda: min(l, default=0))
probe('int', lambda: int('10', 2))
probe('split maxsplit', lambda: 'a b'.split(maxsplit=1))
probe('rsplit', lambda: 'a b'.rsplit(maxsplit=1))
probe('enumerate', lambda: enumerate(l, start=1))
probe('encode', lambda: 'a'.encode(encoding='utf-8'))
probe('decode', lambda: b'a'.decode(errors='strict'))
probe('repeat', lambda: itertools.repeat(1, times=2))
probe('groupby', lambda: itertools.groupby(l, key=abs))
probe('combinations', lambda: itertools.combinations(l, r=2))
probe('cwr', lambda: itertools.combinations_with_replacement(l, r=2))
probe('compress', lambda: itertools.compress(data=l, selectors=l))
probe('deque', lambda: collections.deque(l, maxlen=3))
probe('move_to_end', lambda: od.move_to_end(9, last=False))
probe('popitem', lambda: od.popitem(last=False))
probe('bisect', lambda: bisect.bisect(l, 1, lo=0))
probe('zip', lambda: zip(l, l, strict=True))
probe('str.split again', lambda: '0-1-2'.split('-', maxsplit=1))
probe('insort_right', lambda: bisect.insort_right([], 1, lo=0))
for label, first, again in out:
    print(label, first, again, first - again)
