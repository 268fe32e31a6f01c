# list_extend (a list or tuple, or an iterator with its length hint), +=, *=, slice assignment
# and deletion, clear: each resizes the list as listobject.c does.
import sys


def slots(l):
    return (sys.getsizeof(l) - 56) // 8


a = [1, 2, 3]
a.extend([4, 5])
print(slots(a))
a.extend(range(10))
print(slots(a))
a.extend(iter([1]))
print(slots(a))
e = []
e.extend(v for v in range(5))
print("genexpr into empty:", slots(e))
e = []
e.extend((1, 2, 3))
print("tuple into empty:", slots(e))
e = []
e.extend({1: 2, 3: 4})
print("dict into empty:", slots(e))
e = []
e.extend(v for v in [])
print("nothing:", slots(e), sys.getsizeof(e))
e = [1, 2, 3]
e.extend(e)
print("itself:", slots(e))

b = [1, 2, 3]
b += [4]
print("+=", slots(b))
b += (5, 6, 7, 8, 9)
print("+= tuple", slots(b))
b *= 3
print("*=", slots(b))
b *= 1
print("*= 1", slots(b))
b *= 0
print("*= 0", slots(b))

c = list(range(9))
del c[2:5]
print("del slice:", slots(c))
c[1:2] = [1, 2, 3, 4, 5, 6, 7]
print("grow slice:", slots(c))
c[::2] = [0] * len(c[::2])
print("extended assign:", slots(c))
del c[::2]
print("extended del:", slots(c))
del c[0]
print("del item:", slots(c))
c[:] = []
print("emptied:", slots(c))
c[:] = (1, 2, 3)
print("refilled:", slots(c))
d = [1] * 100
del d[:60]
print("big delete:", slots(d))
d[2:3] = d
print("self slice:", slots(d))
d.clear()
print("clear:", slots(d))
