# PEP 709 (3.12+): an inlined comprehension's iteration variables are fast locals of the
# enclosing code, saved before it and restored after; names it reads from the enclosing function
# are plain locals there (no cell) unless a nested function captures them; a variable a lambda
# inside it captures is a cell made for each run.
import sys

x = "module x"
print([x for x in range(3)], x)


def shadow():
    y = "outer y"
    r = [y for y in "ab"]
    return y, r


print("shadow:", shadow())


def leaked():
    r = [z for z in "ab"]
    try:
        return z
    except NameError as e:
        return type(e).__name__, str(e)


print("leaked:", leaked())


def read_later():
    try:
        return [w for _ in range(1)]
    except NameError as e:
        return type(e).__name__, str(e)
    w = 1


print("read later:", read_later())


def late_binding():
    fs = [lambda: v for v in range(3)]
    return [f() for f in fs], fs[0].__closure__[0] is fs[2].__closure__[0]


print("late binding:", late_binding())


def captured_elsewhere(items):
    x = "kept"
    g = lambda: x
    r = [lambda: x for x in items]
    return g(), [h() for h in r]


print("captured elsewhere:", captured_elsewhere([1, 2]))


def free_in_host():
    x = "outer"

    def inner(items):
        r = [lambda: x for x in items]
        return x, [h() for h in r]

    return inner([1, 2])


# 3.12.1, 3.13.0, 3.14.2: the comprehension's cell is the enclosing function's free variable
print("free in host:", free_in_host())


def walrus(items):
    r = [last := v * 2 for v in items]
    return last, r


print("walrus:", walrus([1, 2]))
print("module walrus:", [mlast := v for v in "pq"], mlast)


def nested(items):
    return [[(lambda: a + b)() for b in items] for a in items], [[lambda: a for b in items] for a in items][1][0]()


print("nested:", nested([1, 10]))


class K:
    a = 5
    doubled = [a2 * 2 for a2 in range(3)]
    try:
        seen = [a for _ in range(1)]
    except NameError as e:
        seen = str(e)
    funcs = [lambda: q for q in range(2)]


print("class body:", K.doubled, K.seen, [f() for f in K.funcs])


class Base:
    def m(self):
        return "Base.m"


class Derived(Base):
    def m(self):
        try:
            return [super().m() for _ in range(1)]
        except TypeError as e:
            return str(e)


print("super():", Derived().m())


def varnames(items):
    a = 1
    r = [x for x in items]
    b = [y for y in items]
    x = 2
    return a


def varnames_nested():
    return [[u for u in range(2)] for w in range(2)]


print("co_varnames:", varnames.__code__.co_varnames, varnames_nested.__code__.co_varnames)
exec("print('exec:', [e * 2 for e in range(3)], [lambda: e for e in range(2)][0]())")
print("eval:", eval("[e for e in range(2)]"))


def gen(items):
    yield [v for v in items]
    yield {v: [w for w in items] for v in items}


print("generator:", list(gen([1, 2])))
print("idiom:", [(a, b) for a in range(3) for b in [a * 2] if b])
