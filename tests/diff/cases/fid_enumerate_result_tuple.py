# enumerate, zip and dict.items() keep their last result tuple and refill it in place
import sys
items = [object(), object(), object()]
print({i: sys.getrefcount(x) for i, x in enumerate(items)})
for a, b in zip(items, items[::-1]):
    print(sys.getrefcount(a), sys.getrefcount(b))
d = {"a": object(), "b": object()}
for k, v in d.items():
    print(k, sys.getrefcount(v))
for pair in d.items():
    print(pair[0], sys.getrefcount(pair[1]))
e = enumerate(items)
first = next(e)
second = next(e)
print(first[0], second[0], first is second)
del first
third = next(e)
print(third[0], sys.getrefcount(items[2]))
