# A dict display of up to 15 pairs evaluates every key and value onto the stack, then
# _PyDict_FromItems inserts them (BUILD_MAP n): hashes after all the expressions, the stack still
# holding each key while compared, a replaced value freed when the stack is popped; 16 pairs and
# more go in one by one (MAP_ADD); a failed insertion frees the dict before the stack.
import sys
class K:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print('hash', self.n, sys.getrefcount(self))
        return hash(self.n)
    def __eq__(self, o):
        print('eq', self.n, sys.getrefcount(self), type(o).__name__)
        return self.n == o
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def f(x):
    print('f', x)
    return x
d = {K(1): f(1), K(2): f(2), 3: f(3)}
print(len(d))
e = {K(3): 'k', 3: 'i'}
print(list(e.values()))
g = {1: D('a'), 1: D('b'), 2: D('c')}
print('built')
del g
h = {'x': D('x1'), **{'y': 1}, 'x': D('x2')}
print('h built')
del h
try:
    bad = {K(5): D('p'), []: D('q'), K(6): D('r')}
except TypeError as ex:
    print('TypeError', ex)
big = {i: D(i) if i in (0, 20) else i for i in range(1)}
big2 = {0: D('b0'), 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 0: D('b0x')}
print('big2', len(big2))
