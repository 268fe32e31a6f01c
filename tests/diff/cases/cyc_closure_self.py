import gc

def make():
    def f(n):
        if n == 0:
            return 0
        return f(n - 1) + 1
    return f

gc.collect()
f = make()
print("recursive closure result:", f(5))
del f
print("closure cycle collected:", gc.collect())
def make2():
    state = {}
    def g():
        return state
    state["g"] = g
    return g
g = make2()
del g
print("closure via dict:", gc.collect())
