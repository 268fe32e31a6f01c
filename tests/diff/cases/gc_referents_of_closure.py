import gc

def outer():
    val = [1]
    def inner():
        return val
    return inner

f = outer()
refs = gc.get_referents(f)
print("function has referents:", len(refs) > 0)
print("function tracked:", gc.is_tracked(f))
print("lambda tracked:", gc.is_tracked(lambda: 0))
g = outer()
print("separate closures:", f is not g, f() is not g())
gc.collect()
print("still tracked after collect:", gc.is_tracked(f))
lst = [f, g]
print("list referents are the functions:", gc.get_referents(lst)[0] is g)
