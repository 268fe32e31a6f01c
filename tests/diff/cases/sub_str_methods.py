# A str subclass: base methods return str, the instance is a heap object with a __dict__
import gc
import sys

class Path(str):
    sep = "/"
    def parts(self):
        return self.split(self.sep)
    def __truediv__(self, other):
        return Path(self + self.sep + other)

p = Path("usr") / "lib" / "python"
print(p, repr(p), type(p).__name__, p.parts(), len(p))
print(type(p.upper()).__name__, type(p + "x").__name__, type(p[0]).__name__, type(str(p)).__name__)
print(p.startswith("usr"), "lib" in p, p.count("/"), p.replace("/", "."), p.title())
print(p == "usr/lib/python", hash(p) == hash("usr/lib/python"), sorted([Path("b"), "a", Path("c")]))
d = {p: 1, "other": 2}
print(d["usr/lib/python"], p in d, "usr/lib/python" in {p})
print("tracked:", gc.is_tracked(p), gc.is_tracked("plain"))
print("refcount:", sys.getrefcount(p))
p.owner = p
del p, d
print("collected:", gc.collect())
print(f"[{Path('ab'):>5}] [{Path('cd')}] %s %r" % (Path("e"), Path("f")))
