import sys

lst = [10, 20, 30]
print("before loop:", sys.getrefcount(lst))
for x in lst:
    print("in loop:", x, sys.getrefcount(lst))
print("after loop:", sys.getrefcount(lst))
r = reversed(lst)
print("reversed iterator:", sys.getrefcount(lst))
del r
print("iterator deleted:", sys.getrefcount(lst))
d = {"a": lst}
for k in d:
    print("dict loop value:", k, sys.getrefcount(lst))
for i, v in enumerate(lst):
    if i == 0:
        print("enumerate:", sys.getrefcount(lst))
for a, b in zip(lst, lst):
    print("zip over same list:", sys.getrefcount(lst))
    break
print("end:", sys.getrefcount(lst))
