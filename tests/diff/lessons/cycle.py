import sys
import gc
a = {}
b = {}
a["partner"] = b
b["partner"] = a
print("a:", sys.getrefcount(a), "b:", sys.getrefcount(b))
del a, b
print("names gone; the dicts are still alive, each with one reference")
print("gc.collect() found", gc.collect(), "unreachable objects")
