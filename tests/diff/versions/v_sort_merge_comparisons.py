# __lt__ calls of sorted() at 64 items and more: runs, merges and galloping. 3.13 finds runs
# differently (gh-116554: descending runs may hold equal items; a reversed run extends by the
# ascending items after it), so the counts on such shapes differ from 3.11/3.12.
import random
calls = 0
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global calls
        calls += 1
        return self.v < o.v
def count(vals, **kw):
    global calls
    calls = 0
    out = sorted([K(v) for v in vals], **kw)
    return calls
random.seed(13)
for n in [64, 100, 300, 1000]:
    rnd = [random.randrange(n) for _ in range(n)]
    desc_eq = sorted([random.randrange(10) for _ in range(n)], reverse=True)
    down_up = list(range(n // 2, 0, -1)) + list(range(n // 2, n))
    saw = [(i * 7) % 23 for i in range(n)]
    print(n, count(rnd), count(rnd, reverse=True), count(desc_eq), count(down_up), count(saw), count(sorted(rnd)))
