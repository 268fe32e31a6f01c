# PEP 709 (3.12+): no function object per comprehension run (3.11's MAKE_FUNCTION is one
# allocation the collector counts), no cells for the enclosing function's names a comprehension
# reads; a variable a lambda inside captures is a cell of the enclosing function (one made at its
# start, one per run). 3.14's figures are 3.13's (RefScope's 3.14 has 3.14.5's collector).
import gc

gc.disable()
gc.collect()


def plain(items):
    c0 = gc.get_count()[0]
    r = [x for x in items]
    return gc.get_count()[0] - c0


def inside(items):
    c0 = gc.get_count()[0]
    return [gc.get_count()[0] - c0 for x in items]


def reads_enclosing(items):
    a = object()
    c0 = gc.get_count()[0]
    r = [a for x in items]
    return gc.get_count()[0] - c0


def captured(items):
    c0 = gc.get_count()[0]
    r = [lambda: x for x in items]
    return gc.get_count()[0] - c0, [g() for g in r]


def nothing():
    return gc.get_count()[0]


def cell_for_comprehension(items):
    n = gc.get_count()[0]
    if n < 0:
        r = [lambda: x for x in items]
    return n


def cell_for_read(items):
    n = gc.get_count()[0]
    if n < 0:
        r = [a for x in items]
    a = 1
    return n


items = [1, 2]
print("plain:", plain(items), plain(items))
print("inside:", inside(items))
print("reads enclosing:", reads_enclosing(items))
print("captured:", captured(items))
print("prologue cells:", cell_for_comprehension(items) - nothing(), cell_for_read(items) - nothing())
c0 = gc.get_count()[0]
r = [x for x in items]
print("module:", gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
r = {x: [y for y in items] for x in items}
print("module nested:", gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
r = [gc.get_count()[0] - c0 for x in items]
print("module inside:", r)
c0 = gc.get_count()[0]
g = (x for x in items)
print("genexp:", gc.get_count()[0] - c0)
