# Before the first full collection, a new tuple, list or dict is taken from what start-up left in
# its free list (not counted in generation 0) only while that list has one: start-up leaves a few
# (how many moves with the program CPython compiled), so keeping many alive moves gc.get_count()
# by nearly as many and fires automatic collections.
import gc
x = []  # in each tuple, so 3.14 tracks it from its creation
gc.disable()
gc.get_count()
a = gc.get_count()[0]
pairs = [(i, x) for i in range(100)]
b = gc.get_count()[0]
lists = [[i] for i in range(100)]
c = gc.get_count()[0]
dicts = [{0: i} for i in range(100)]
d = gc.get_count()[0]
print('counted:', b - a > 50, c - b > 50, d - c > 50)
gc.enable()
g1 = gc.get_count()[1]
more = [(i, x, x) for i in range(3000)]
print('collected automatically:', gc.get_count()[1] > g1 or gc.get_count()[2] > 0)
gc.collect()
a = gc.get_count()[0]
after = [(i, x) for i in range(100)]
b = gc.get_count()[0]
print('after a full collection:', b - a)
