# How many times sorted()/max()/min() call __lt__ and __gt__, for lists below 64 items (one run:
# count_run, then binarysort); 3.13 finds runs differently (gh-116554). max() compares with >.
import random
class K:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.calls += 1
        return self.v < o.v
    def __gt__(self, o):
        K.calls += 100
        return self.v > o.v
    def __repr__(self): return "K(%d)" % self.v
random.seed(5)
for n in [0, 1, 2, 3, 5, 10, 20, 40, 63]:
    xs = [K(random.randrange(10)) for _ in range(n)]
    K.calls = 0
    ys = sorted(xs)
    c1 = K.calls
    K.calls = 0
    zs = sorted(xs, reverse=True)
    c2 = K.calls
    K.calls = 0
    m = max(xs) if xs else None
    mi = min(xs) if xs else None
    print(n, c1, c2, K.calls, [k.v for k in ys] == sorted(k.v for k in xs), [k.v for k in zs][:5], m, mi)
xs = [K(3), K(1), K(2)]
xs.sort(key=lambda k: -k.v)
print(xs)
