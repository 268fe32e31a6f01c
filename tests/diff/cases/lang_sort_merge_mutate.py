# list.sort of 64 items and more: the list is empty while it sorts; appending to it raises
# ValueError afterwards (the appended items dropped), also when a key raises or __lt__ raises;
# the keys are released in their sorted order.
class Boom(Exception): pass
class M:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 40:
            print('inside', len(zs), zs)
            zs.append(self.v)
        return self.v < o.v
zs = [M(v) for v in range(80, 0, -1)]
try:
    zs.sort()
except ValueError as e:
    print('ValueError', e, len(zs), [m.v for m in zs][:5])
class M2(M):
    def __lt__(self, o):
        if self.v == 40:
            zs2.append(1)
            raise Boom('m2')
        return self.v < o.v
zs2 = [M2(v) for v in range(80, 0, -1)]
try:
    zs2.sort()
except Exception as e:
    print(type(e).__name__, e, len(zs2), [m.v for m in zs2][:8])
n = 0
def key(x):
    global n
    n += 1
    if n == 70:
        raise Boom('key')
    return x
xs = list(range(100, 0, -1))
try:
    xs.sort(key=key)
except Boom as e:
    print('key', e, xs[:5], len(xs))
class D:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __del__(self): print(self.v, end=' ')
vs = [(i * 37) % 101 for i in range(70)]
r = sorted(vs, key=D)
print()
r = sorted(vs, key=D, reverse=True)
print()
