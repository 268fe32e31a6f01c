import gc
import sys
from dataclasses import dataclass, field

gc.collect()

@dataclass
class Cell:
    value: int
    neighbors: list = field(default_factory=list)

a = Cell(1)
b = Cell(2, [a])
print(sys.getrefcount(a), sys.getrefcount(b), gc.is_tracked(a))
a.neighbors.append(b)
print(sys.getrefcount(a), sys.getrefcount(b))
del a, b
print("cycle collected:", gc.collect())
cells = [Cell(i) for i in range(5)]
for x, y in zip(cells, cells[1:]):
    x.neighbors.append(y)
    y.neighbors.append(x)
print(sys.getrefcount(cells[2]), repr(cells[0])[:40])
del cells
print("chain collected:", gc.collect())

def make():
    @dataclass
    class Local:
        x: int = 0
    return Local(5)
obj = make()
print(obj, type(obj).__qualname__)
del obj
print("class collected:", gc.collect() > 0)
