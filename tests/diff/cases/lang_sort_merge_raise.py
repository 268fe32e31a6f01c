# A __lt__ that raises after N calls while 100 items sort: the list holds the order the sort had
# reached (merge_lo / merge_hi copy back what they held aside); list.sort's reverse=True reverses it back.
import random
class Boom(Exception): pass
calls = 0
limit = 0
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global calls
        calls += 1
        if calls == limit:
            raise Boom(calls)
        return self.v < o.v
random.seed(7)
base = [random.randrange(1000) for _ in range(100)]
for lim in [1, 5, 64, 100, 200, 300, 350, 400, 450, 500, 520, 530, 600]:
    for rev in (False, True):
        calls = 0
        limit = lim
        xs = [K(v) for v in base]
        try:
            xs.sort(reverse=rev)
            print(lim, rev, 'sorted after', calls)
        except Boom as e:
            print(lim, rev, 'Boom', e, [k.v for k in xs])
# sorted() with a key: the new list is dropped, the keys are released
calls = 0
limit = 250
try:
    sorted(base, key=K)
except Boom as e:
    print('sorted key', e)
