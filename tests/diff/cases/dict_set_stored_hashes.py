# Which dict/set operations call __hash__ (and __eq__) again and which reuse the hash the table
# stored (CPython 3.11): set(d)/frozenset(d)/s.update(d) take a dict's stored hashes
# (set_update_internal), set(s) copies a set, dict.fromkeys of a dict or set reuses them, dict(d),
# {**d} and d.copy() clone the table without comparing, the dict views' set operations go through
# dictviews_to_set, and issubset/isdisjoint stop at the first answer. K1 and K5 share a hash.
class K:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print("  hash", self.n)
        return self.n % 4
    def __eq__(self, o):
        print("  eq", self.n, getattr(o, "n", o))
        return isinstance(o, K) and self.n == o.n
    def __repr__(self): return "K%d" % self.n
a, b, e = K(1), K(2), K(5)
print("dict"); d = {a: 1, b: 2, e: 5}
print("set(d)"); s = set(d)
print("set(s)"); s2 = set(s)
print("frozenset(d)"); fs = frozenset(d)
print("frozenset(s)"); fs2 = frozenset(s)
print("set(d.keys())"); s3 = set(d.keys())
print("set(d.items())"); s4 = set((k for k in d))
print("s |= d.keys()"); s5 = set(); s5 = s5 | d.keys()
print("s.update(d)"); s6 = set(); s6.update(d)
print("s.update(d.keys())"); s6b = set(); s6b.update(d.keys())
print("s |= s"); s7 = set(); s7 |= s
print("s.union(d)"); s8 = s.union(d)
print("s | fs"); s9 = s | fs
print("dict.fromkeys(s)"); d2 = dict.fromkeys(s)
print("dict.fromkeys(d)"); d3 = dict.fromkeys(d)
print("dict.fromkeys(fs)"); d3b = dict.fromkeys(fs)
print("dict(d)"); d4 = dict(d)
print("{**d}"); d5 = {**d}
print("d.copy()"); d6 = d.copy()
print("d.keys() & s"); r = d.keys() & s
print("d.keys() & [a]"); r = d.keys() & [a]
print("d.keys() | s"); r = d.keys() | s
print("d.keys() - s"); r = d.keys() - s
print("d.keys() ^ s"); r = d.keys() ^ s
print("s & d.keys()"); r = s & set(d.keys())
print("s - d"); r = s.difference(d)
print("s & d"); r = s.intersection(d)
print("s.issubset(d)"); r = s.issubset(d)
print("s == fs"); r = s == fs
print("d == d4"); r = d == d4
print("s.isdisjoint(d)"); r = s.isdisjoint(d)
print("s.symmetric_difference(d)"); r = s.symmetric_difference(d)
print("s.difference_update(d)"); s10 = set(s); s10.difference_update(d)
print("s.intersection_update(d)"); s11 = set(s); s11.intersection_update(d)
print("s.symmetric_difference_update(d)"); s12 = set(s); s12.symmetric_difference_update(d)
print("list(d)"); l = list(d)
print("d.update(d4)"); d.update(d4)
print("end")

print("views")
print(sorted(x.n for x in (d.keys() & {a})), sorted(x.n for x in ({b} & d.keys())))
print(d.keys().isdisjoint([b]), d.keys().isdisjoint({K(7)}), d.items().isdisjoint([(a, 1)]))
print(sorted(x.n for x in (d.keys() | [a])), sorted(x.n for x in ([e] | d.keys() if False else s | d.keys())))
print(len(d.items() & {(a, 1)}), len(d.items() - {(a, 1)}), len({1: 2}.keys() ^ {1, 3}))
try:
    d.values() & s
except TypeError as exc:
    print("TypeError", exc)
print("issuperset")
print(s.issuperset([a, K(9)]), s.issuperset(fs))
