import gc
import weakref

class Res:
    pass

errors = []

def work():
    res = Res()
    try:
        raise RuntimeError("failure")
    except RuntimeError as e:
        errors.append(e)
    return weakref.ref(res)

gc.collect()
r = work()
print("frame kept alive by saved traceback:", r() is not None)
errors.clear()
print("after clearing saved errors:", r() is None)
print("collect:", gc.collect())
