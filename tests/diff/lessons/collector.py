import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
keep = ["kept"]
loop = []
loop.append(loop)
del loop
print("collected:", gc.collect())
print("gc.garbage:", gc.garbage)
gc.set_debug(0)
gc.garbage.clear()
