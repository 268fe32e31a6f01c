import gc

print("garbage is list:", type(gc.garbage).__name__)
print("initially empty:", len(gc.garbage))
gc.garbage.append("mine")
print("user can append:", gc.garbage)
gc.collect()
print("collect does not clear it:", gc.garbage)
del gc.garbage[:]
print("emptied:", gc.garbage)
print("DEBUG_SAVEALL value:", gc.DEBUG_SAVEALL)
