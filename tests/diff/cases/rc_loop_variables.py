import sys

objs = [[i] for i in range(3)]
first = objs[0]
print("first start:", sys.getrefcount(first))
for o in objs:
    pass
print("loop var holds last:", o is objs[-1], sys.getrefcount(objs[-1]))
for o in objs:
    if o is first:
        print("inside matching iteration:", sys.getrefcount(first))
print("after loop:", sys.getrefcount(first))
del o
print("loop var deleted:", sys.getrefcount(objs[-1]))
squares = [len(p) for p in objs]
print("comprehension var does not leak:", squares)
print("first after comprehension:", sys.getrefcount(first))
i = 0
while i < len(objs):
    cur = objs[i]
    i += 1
print("while var holds last:", sys.getrefcount(objs[2]))
