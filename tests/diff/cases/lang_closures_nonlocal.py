def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = counter()
c2 = counter()
print(c1(), c1(), c1(5), c2())
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def late_binding():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in late_binding()])
def outer():
    v = "outer"
    def middle():
        def inner():
            return v
        return inner()
    v = "changed"
    return middle()
print(outer())
total = 0
def add_global(n):
    global total
    total += n
add_global(3)
add_global(4)
print("total:", total)
