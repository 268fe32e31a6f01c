# a set subclass: repr names it, methods return plain sets, attributes and __del__
import gc
class Tags(set):
    def __del__(self):
        print("  Tags freed", sorted(self))
t = Tags(["b", "a"])
t.add("c")
print(len(t), "a" in t, sorted(t), type(t | {"d"}).__name__, isinstance(t, set))
print(repr(Tags()), sorted(t.union({"z"})))
t.owner = t
del t
print("collect:", gc.collect())
