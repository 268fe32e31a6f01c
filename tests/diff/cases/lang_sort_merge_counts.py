# How many times sorted()/list.sort() call __lt__ at 64 items and more (listsort's runs, merges,
# galloping), and a digest of which pairs in what order, for many shapes and sizes.
import random
log = []
class K:
    def __init__(self, v, t): self.v = v; self.t = t
    def __lt__(self, o):
        log.append(self.t * 7919 + o.t)
        return self.v < o.v
def run(name, vals, **kw):
    global log
    log = []
    ks = [K(v, i) for i, v in enumerate(vals)]
    out = sorted(ks, **kw)
    h = 0
    for x in log: h = (h * 1000003 + x) % 4294967291
    print(name, len(vals), len(log), h, [k.t for k in out[:6]], [k.t for k in out[-3:]])
for n in [64, 65, 100, 129, 1000]:
    random.seed(n)
    vals = [random.random() for _ in range(n)]
    run('random', vals)
    run('reverse', vals, reverse=True)
    run('dups', [random.randrange(5) for _ in range(n)])
    run('ascending', list(range(n)))
    run('descending', list(range(n, 0, -1)))
    run('organ', list(range(n // 2)) + list(range(n - n // 2, 0, -1)))
    s = list(range(n))
    for _ in range(3):
        i = random.randrange(n); j = random.randrange(n); s[i], s[j] = s[j], s[i]
    run('swaps', s)
    run('sawtooth', [i % 37 for i in range(n)])
    run('key', vals, key=lambda k: K(-k.v, k.t))
    chunks = [list(range(i, min(i + 50, n))) for i in range(0, n, 50)]
    random.shuffle(chunks)
    run('blocks', [x for c in chunks for x in c])
random.seed(5000)
xs = list(range(5000))
random.shuffle(xs)
run('shuffled', xs)
run('runs', [i % 700 for i in range(5000)], reverse=True)
