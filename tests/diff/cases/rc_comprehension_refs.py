import sys

src = [[1], [2], [3]]
target = src[1]
print("start:", sys.getrefcount(target))
copied = [x for x in src]
print("list comprehension:", sys.getrefcount(target))
dct = {i: x for i, x in enumerate(src)}
print("dict comprehension:", sys.getrefcount(target))
st = {id(x) for x in src}
print("set of ids has 3:", len(st))
total = sum(len(x) for x in src)
print("generator expression total:", total, sys.getrefcount(target))
filtered = [x for x in src if x[0] > 1]
print("filtered:", sys.getrefcount(target), len(filtered))
del copied, dct, filtered
print("dropped:", sys.getrefcount(target))
