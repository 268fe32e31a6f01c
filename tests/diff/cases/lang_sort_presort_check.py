# listsort's pre-sort check: keys all of one class compare through unsafe_object_compare (a
# __lt__ returning NotImplemented is called twice); tuple keys through unsafe_tuple_compare (==
# on the items until they differ); a mixed list through PyObject_RichCompareBool.
import random
c = {'eq': 0, 'lt': 0, 'gt': 0}
def reset():
    for k in c: c[k] = 0
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): c['eq'] += 1; return self.v == o.v
    def __lt__(self, o): c['lt'] += 1; return self.v < o.v
    __hash__ = None
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o): c['lt'] += 1; return NotImplemented
    def __gt__(self, o): c['gt'] += 1; return self.v > o.v
class B(E):
    def __lt__(self, o): c['gt'] += 1; return self.v < o.v
random.seed(1)
for n in (10, 100):
    reset(); sorted([(E(random.randrange(3)), E(random.randrange(50)), i) for i in range(n)]); print('tuples', n, c)
    reset(); sorted([N(random.random()) for _ in range(n)]); print('NotImplemented', n, c)
    reset(); sorted([(N(random.random()), 1) for _ in range(n)]); print('tuples of N', n, c)
    reset(); sorted([(E if random.random() < .5 else B)(random.random()) for _ in range(n)]); print('mixed', n, c)
