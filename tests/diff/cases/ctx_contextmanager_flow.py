import contextlib, gc, sys
gc.collect()

@contextlib.contextmanager
def managed(name, log):
    log.append("enter " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled " + repr(e))
    finally:
        log.append("exit " + name)

log = []
with managed("a", log) as v:
    log.append("body " + v)
with managed("b", log):
    raise KeyError("k")
try:
    with managed("c", log):
        raise ValueError("v")
except ValueError as e:
    log.append("outside " + str(e))
print("\n".join(log))

@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)

@contextlib.contextmanager
def no_yield():
    return
    yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e, e.__suppress_context__)

@contextlib.contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise LookupError("converted")
try:
    with reraise_other():
        1 / 0
except LookupError as e:
    print("converted:", e, type(e.__context__).__name__)

@contextlib.contextmanager
def swallow_then_stop():
    try:
        yield
    except Exception:
        pass
with swallow_then_stop():
    raise IndexError("gone")
print("swallowed")

@contextlib.contextmanager
def stop_iter():
    yield
try:
    with stop_iter():
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration passes:", e)

class Thing:
    pass
t = Thing()
@contextlib.contextmanager
def holding(x):
    yield x
print(sys.getrefcount(t))
cm = holding(t)
print(sys.getrefcount(t), type(cm).__name__)
with cm as got:
    print(sys.getrefcount(t), got is t)
print(sys.getrefcount(t))
del cm, got
print(sys.getrefcount(t))
print(gc.collect())
