# list(), dict() and dict.fromkeys() allocate through tp_alloc (PyType_GenericAlloc): counted in
# generation 0 even when the list/dict free lists hold objects; displays, copies and slices take
# from the free lists
import gc
src = (1, 2)
ll = [1, 2]
dd = {1: 1}
gc.collect()
spare = [[i] for i in range(5)] + [{i: i} for i in range(5)]
del spare
def delta(label, f):
    a = gc.get_count()[0]
    x = f()
    b = gc.get_count()[0]
    print(label, b - a)
gc.get_count()
delta('list(src)', lambda: list(src))
delta('list()', lambda: list())
delta('[*src]', lambda: [*src])
delta('ll[:]', lambda: ll[:])
delta('ll.copy()', lambda: ll.copy())
delta('sorted(src)', lambda: sorted(src))
delta('dict()', lambda: dict())
delta('dict(dd)', lambda: dict(dd))
delta('dict(a=1)', lambda: dict(a=1))
delta('{**dd}', lambda: {**dd})
delta('dd.copy()', lambda: dd.copy())
delta('dict.fromkeys(src)', lambda: dict.fromkeys(src))
