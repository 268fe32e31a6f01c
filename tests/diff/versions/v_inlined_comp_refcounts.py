# PEP 709 (3.12+): reference counts in and around an inlined comprehension: the outer iterator is
# on the enclosing frame's stack only (3.11: also the comprehension's .0), an element in the
# enclosing frame's slot; 3.14 borrows the loads of locals (LOAD_FAST_BORROW), the comprehension's
# own and the enclosing function's alike, a cell's never.
import sys


class T:
    pass


def in_function(items):
    print("iterable:", [sys.getrefcount(items) for x in items])
    print("element:", [sys.getrefcount(x) for x in items])
    print("nested:", [[sys.getrefcount(x), sys.getrefcount(y)] for x in items for y in [x]])
    print("nested comps:", [[sys.getrefcount(x) + sys.getrefcount(y) for y in items] for x in items])
    print("walrus:", [(last := x) and sys.getrefcount(last) for x in items], sys.getrefcount(last))
    t = T()
    print("enclosing local:", [sys.getrefcount(t) for x in items])
    print("cell:", [(lambda: x, sys.getrefcount(x))[1] for x in items])
    print("dict:", {sys.getrefcount(x): sys.getrefcount(items) for x in items})
    print("set:", {sys.getrefcount(x) for x in items})
    print("genexp:", list(sys.getrefcount(x) for x in items))
    x = T()
    print("shadowed:", sys.getrefcount(x), [sys.getrefcount(x) for x in items], sys.getrefcount(x))
    it = iter(items)
    print("iterator:", [sys.getrefcount(it) for x in it])


in_function([T(), T()])


def handler(items):
    try:
        raise ValueError
    except ValueError:
        return [sys.getrefcount(x) for x in items]


def maybe_unbound(items, c):
    if c:
        m = T()
    return [sys.getrefcount(m) for x in items]


def argument(items):
    t = T()

    def g(a, b):
        return sys.getrefcount(a)

    return g(t, [x for x in items]), g([x for x in items], t)


def conditions(items):
    t = T()
    return [sys.getrefcount(t) if x else 0 for x in items], [sys.getrefcount(x) for x in items if x is not t]


def element_local(items):
    t = T()
    r = [t for x in items]
    return sys.getrefcount(t)


def in_generator(items):
    yield [sys.getrefcount(x) for x in items]


def lambda_inside(items):
    return [(lambda: sys.getrefcount(x))() for x in items]


def unpacking(items):
    return [sys.getrefcount(a) for a, b in items]


print("handler:", handler([T()]))
print("maybe unbound:", maybe_unbound([1], True))
print("argument:", argument([T()]))
print("conditions:", conditions([T()]))
print("element local:", element_local([1, 2]))
print("in generator:", list(in_generator([T()])))
print("lambda inside:", lambda_inside([T()]))
print("unpacking:", unpacking([(T(), 1)]))
items = [T(), T()]
print("module iterable:", [sys.getrefcount(items) for x in items])
print("module element:", [sys.getrefcount(x) for x in items], {sys.getrefcount(x) for x in items})
x = T()
print("module shadowed:", sys.getrefcount(x), [sys.getrefcount(x) for x in items], sys.getrefcount(x))


class C:
    M = [T()]
    r = [sys.getrefcount(x) for x in M]


print("class body:", C.r)


def free_and_hidden():
    # `x` is inner's free variable and, beside it, the comprehension's hidden fast local
    x = T()

    def inner(items):
        a = sys.getrefcount(x)
        r = [sys.getrefcount(x) for x in items]
        return a, r, sys.getrefcount(x), [f() for f in [lambda: x]][0] is x

    class K:
        y = sys.getrefcount(x)
        r = [sys.getrefcount(x) for x in [T()]]
        z = x

    return inner([T()]), (K.y, K.r, K.z is x)


print("free and hidden:", free_and_hidden())
