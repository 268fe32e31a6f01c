import sys, gc
class S:
    def __init__(self, n): self.n = n
    def __str__(self):
        print("str", self.n, sys.getrefcount(self))
        return "S%d" % self.n if False else "S" + str(self.n)
    def __repr__(self):
        print("repr", self.n, sys.getrefcount(self))
        return "R" + str(self.n)
def mk(n):
    print("mk", n)
    return S(n)
a = S(1)
print("%s %s" % (mk(1), mk(2)))
print("%s|%r|%a" % (a, a, a))
print("%s %s" % (a, a))
print("[%5s][%-5s][%.1s][%3.2r][%99s]" % (a, a, a, a, "x"))
print("%%s%s%%" % (a,))
print("%d %s" % (3, mk(3)))
print("%s" % (mk(4), mk(5)) if False else "skip")
try:
    print("%s %s" % (mk(6),))
except TypeError as e:
    print("TE", e)
try:
    print("%s" % (mk(7), mk(8)))
except TypeError as e:
    print("TE", e)
print("%s %s" % (1, 2), ("%s" + " %s") % (a, 2))
print("%s" "-%r" % (a, "é"), "%a" % ("é",), "%a" % ("é", )[0:1], f"{'é'!a}")
print("%+s|%05s|% s|%#s|%.s|%5.s" % (a, a, a, a, a, a))
print("%100s|" % (a,))
print("%(x)s" % {"x": 1})
print("%s" % [1, 2], "%s" % (a,))
gc.collect()
c0 = gc.get_count()
for i in range(10):
    s = "%s and %s" % (i, [i])
c1 = gc.get_count()
print(c0, c1)
class T:
    def __str__(self):
        return "T"
t = T()
print(sys.getrefcount(t))
s = "%s%s" % (t, t)
print(s, sys.getrefcount(t))
b = "{!a}|{!r:>6}".format("é", "é")
print(b)
print("%s %s" % (*[1, 2],))
print("%c%s" % (65, a))
