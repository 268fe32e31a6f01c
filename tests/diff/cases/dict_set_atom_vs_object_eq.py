# A key whose class hashes and compares like a builtin value (K('a') == 'a', hash equal) is the
# same dict or set key as that value: lookdict and set_lookkey compare every entry of the hash
# (str's __eq__ returns NotImplemented, the object's reflected __eq__ decides), and `in`,
# list.index and list.count on a list compare the same way.
import sys

class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, o):
        print('eq', self.n, o, sys.getrefcount(self), type(o).__name__)
        return self.n == o
    def __repr__(self):
        return f'K({self.n!r})'

print('a' in [K('a')], [K('b'), 'a'].index('a'), ['x', K('x')].count('x'))
d = {'a': 1, 7: 2, (1, 2): 3, 2.5: 4}
print(d.get(K('a')), d.get(K(7)), d.get(K((1, 2))), d.get(K(2.5)), d.get(K('zz')))
d[K('a')] = 10
print(d)
e = {K('q'): 1}
e['q'] = 2
print(e, 'q' in e, e.get('q'))
del e['q']
print(e)
g = {7: 'int'}
g[K(7)] = 'K'
print(g)
print(K(7) in {7}, 7 in {K(7)})
s = {'a'}
s.add(K('a'))
print(len(s))
s2 = {K('a')}
s2.add('a')
print(len(s2), len({'a', K('a')}))
s3 = set(['m', 'n'])
s3.discard(K('m'))
print(sorted(s3))
print({1.0: 'f'}.get(K(1)), {K(1): 1} == {1: 1})
