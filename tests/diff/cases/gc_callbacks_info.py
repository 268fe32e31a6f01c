import gc

def cb(phase, info):
    print("callback:", phase, "gen", info["generation"],
          "collected", info["collected"], "uncollectable", info["uncollectable"])

gc.collect()
gc.callbacks.append(cb)
a = []
a.append(a)
del a
print("result:", gc.collect())
b = {}
b["b"] = b
del b
print("result gen0:", gc.collect(0))
gc.callbacks.remove(cb)
print("callbacks left:", len(gc.callbacks))
print("silent:", gc.collect())
