import gc
import sys
gc.collect()
COUNTS = sys.version_info < (3, 14)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.me = self

def cycle(read_dict):
    p = Point(1, 2)
    if read_dict:
        print("keys:", sorted(vars(p)))
    del p
    n = gc.collect()
    print("collected:", n if COUNTS else "-")

cycle(False)
cycle(True)
q = Point(3, 4)
d = q.__dict__
print("referents:", sorted(type(r).__name__ for r in gc.get_referents(q)))
print("dict tracked:", gc.is_tracked(d))
del q.me
