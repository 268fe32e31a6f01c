import weakref
import gc

gc.collect()
class Temp:
    pass
def fn():
    return 1
rc = weakref.ref(Temp)
rf = weakref.ref(fn)
print("class alive:", rc() is Temp)
print("function alive:", rf() is fn)
del fn
print("function dead:", rf() is None)
del Temp
print("class alive before collect:", rc() is not None)
gc.collect()
print("class dead after collect:", rc() is None)
