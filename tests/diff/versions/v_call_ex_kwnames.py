# f(**kw) and f(*args, **kw) on a Python function: 3.11 keeps the call's tuple and dict while the
# function runs (PyObject_Call); 3.12+ makes the keyword names' tuple and the frame (a **k
# parameter's dict among it) before it frees the tuple and the dict (_PyEvalFramePushAndInit_Ex),
# so the new **k dict does not reuse the call's dict from the free list: generation 0's count
# moves as CPython's does.
import gc

def f(*a, **k):
    return len(a) + len(k)

def g(**k):
    return len(k)

def h(x):
    return x

kw = {'x': 1}
args = (1, 2)
gc.collect()
r = []
r.append(gc.get_count()[0])
h(**kw)
r.append(gc.get_count()[0])
h(**kw)
r.append(gc.get_count()[0])
g(**kw)
r.append(gc.get_count()[0])
f(**kw)
r.append(gc.get_count()[0])
f(*args, **kw)
r.append(gc.get_count()[0])
f(*args)
r.append(gc.get_count()[0])
print(r)
