import gc

gc.collect()
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.collect(-1)
except ValueError as e:
    print("ValueError:", e)
print("keyword generation:", gc.collect(generation=2))
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError raised")
print("threshold:", gc.get_threshold())
