# __hash__ and __eq__ as dicts, sets and lists call them: once per insertion (the stored hash is
# reused by copies, merges and comparisons), with the key and the stored key held while compared.
import sys
class K:
    def __hash__(self):
        print("hash", sys.getrefcount(self))
        return 1
    def __eq__(self, o):
        print("eq", sys.getrefcount(self), sys.getrefcount(o))
        return self is o
def main():
    a = K()
    b = K()
    d = {a: 1}
    d[a] = 2
    d[b] = 3
    d.get(a)
    a in d
    d.setdefault(a, 5)
    d.pop(b)
    s = {a}
    s.add(a)
    s.add(b)
    b in s
    s.discard(b)
    [a, b].index(b)
    b in [a, b]
    [a, b].count(b)
    (a, b).index(b)
    b in (a, b)
    [a] == [b]
    (a,) == (b,)
    dict.fromkeys([a, b])
    frozenset([a, b])
    {a: 1} == {a: 1}
main()
