# Argument parsers' keyword tuples (Python/getargs.c parser_init): a function's _PyArg_Parser
# builds the tuple of its keyword names on its first call with keywords, unless Argument Clinic
# made it at compile time. 3.11 builds every one (int, str.split, list.sort, ...); from 3.12 the
# core's are static (gh-90928), but math and _bisect are shared libraries (their KWTUPLE is NULL
# under Py_BUILD_CORE_MODULE: still built on first use), and 3.13's min/max (vectorcall,
# gh-90350) parse their keywords with a parser of their own that has no static tuple.
# Each call is measured twice with the tuple free lists of lengths 1..5 emptied.
# (No 3.14 output: its oracle, pyodide, links math and _bisect statically.)
import gc, math, bisect
gc.disable()
keep = []
def drain(k):
    keep.append([(i,) for i in range(k)])
    keep.append([(i, i) for i in range(k)])
    keep.append([(i, i, i) for i in range(k)])
    keep.append([(i, i, i, i) for i in range(k)])
    keep.append([(i, i, i, i, i) for i in range(k)])
drain(2100)
def once(f):
    drain(60)
    a = gc.get_count()[0]
    keep.append((a, a, a))
    f()
    b = gc.get_count()[0]
    return b - a
out = []
def probe(label, f):
    out.append((label, once(f), once(f)))
l = [3, 1, 2]
probe('nothing', lambda: None)
probe('list.sort', lambda: l.sort(key=None))
probe('max key', lambda: max(l, key=abs))
probe('max default', lambda: max(l, default=0))
probe('min default', lambda: min(l, default=0))
probe('int base', lambda: int('10', base=2))
probe('split sep', lambda: 'a b'.split(sep=' '))
probe('sum', lambda: sum(l, start=0))
probe('isclose', lambda: math.isclose(1, 1, rel_tol=0.1))
probe('prod', lambda: math.prod(l, start=1))
probe('bisect', lambda: bisect.bisect(l, 1, lo=0))
probe('insort_left', lambda: bisect.insort_left([], 1, lo=0))
for label, first, again in out:
    print(label, first, again, first - again)
