import weakref

log = []

class Event:
    def __init__(self, n):
        self.n = n

def emit(n):
    e = Event(n)
    log.append(e)
    return weakref.ref(e)

refs = [emit(i) for i in range(10)]
print("alive:", sum(1 for r in refs if r() is not None))
del log[:5]
print("after trimming half:", sum(1 for r in refs if r() is not None))
log[:] = log[-2:]
print("after keeping last two:", [r().n for r in refs if r() is not None])
log = []
print("after rebinding log:", sum(1 for r in refs if r() is not None))
