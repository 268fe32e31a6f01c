# automatic collections fire when generation 0 passes 700, counted from CPython's start-up state
import gc
class Cell:
    pass
fired = []
gc.callbacks.append(lambda phase, info: fired.append((phase, info["generation"])) if phase == "start" else None)
keep = []
for i in range(460):
    c = Cell()
    keep.append([c])
print(len(fired), fired[:2])
print(gc.get_count()[1:])
