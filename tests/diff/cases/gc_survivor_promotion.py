import gc

gc.collect()
keep = []
keep.append(keep)
print("young collection keeps reachable:", gc.collect(0))
del keep
print("gen0 no longer holds it:", gc.collect(0))
print("gen1 collection finds it:", gc.collect(1))
keep = []
keep.append(keep)
gc.collect(0)
gc.collect(1)
del keep
print("promoted to gen2, collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
print("collect(2):", gc.collect(2))
