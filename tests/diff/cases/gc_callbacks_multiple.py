import gc

log = []

def first(phase, info):
    log.append("first " + phase)

def second(phase, info):
    log.append("second " + phase + " " + str(sorted(info.keys())))

gc.collect()
gc.callbacks.append(first)
gc.callbacks.append(second)
gc.collect()
gc.callbacks.remove(first)
gc.collect(1)
gc.callbacks.clear()
gc.collect()
for line in log:
    print(line)
