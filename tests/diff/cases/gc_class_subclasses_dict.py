# Generation-0 count of a class statement after a full collection (free lists empty): the
# tp_subclasses dict a base gets for its first subclass, freed again when its last one goes.
import gc
class A: pass
class Sl:
    __slots__ = ()
class E(Exception): pass
def run():
    out = []
    for name, base in [("A", A), ("A", A), ("Sl", Sl), ("Exception", Exception), ("E", E), ("object", object), ("object", object), ("list", list), ("dict", dict)]:
        gc.collect()
        a = gc.get_count()[0]
        class S(base): pass
        b = gc.get_count()[0]
        out.append((name, b - a))
        del S
    return out
print(run())
