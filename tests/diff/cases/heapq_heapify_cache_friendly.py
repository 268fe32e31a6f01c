import heapq, random
random.seed(5)
seq = []
class C:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        seq.append(self.v)
        return self.v < o.v
for n in (2500, 2501, 2900):
    seq.clear()
    h = [C(random.randrange(10**6)) for _ in range(n)]
    heapq.heapify(h)
    print(n, len(seq), hash(tuple(seq)) % 1000003, [c.v for c in h[:5]])
    seq.clear()
    r = heapq.nsmallest(5, h[::-1], key=lambda c: c.v)
    print(len(seq), [c.v for c in r])
    seq.clear()
    r = heapq.nlargest(4, iter(h))
    print(len(seq), hash(tuple(seq)) % 1000003, [c.v for c in r])
