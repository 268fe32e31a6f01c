# Where an automatic collection runs. 3.11: inside the allocation that passes threshold 0.
# 3.12+: that allocation only schedules it; it runs at the next eval-breaker check (a Python
# function's start, a loop's back edge, the end of a call to a builtin).
import gc

log = []
stage = 'start'
def cb(phase, info):
    if phase == 'start':
        log.append(stage)

made = []
def f():
    global stage
    stage = 'inside f, after its start'
    return [1]

gc.callbacks.append(cb)
gc.collect()
gc.set_threshold(50, 1000, 1000)
stage = 'start'
for i in range(150):
    stage = 'calling f'
    w = f()
    stage = 'appending'
    made.append(w)
    stage = 'end of body'
print('for loop, a function that allocates:', sorted(set(log)))
log.clear()
i = 0
while i < 150:
    stage = 'dict display'
    w = {}
    stage = 'appending'
    made.append(w)
    stage = 'end of body'
    i += 1
print('while loop, a dict display:', sorted(set(log)))
log.clear()
for i in range(150):
    stage = 'list()'
    w = list()
    stage = 'after list()'
    made.append(w)
    stage = 'end of body'
print('for loop, a call to a builtin:', sorted(set(log)))
log.clear()
stage = 'big display'
q = [[], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], []]
stage = 'after the display'
n = len(log)
stage = 'after len'
m = len(log)
print('a display of 70 lists:', n, m, log)
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
