import sys
import gc

def f(data):
    total = 0
    found = [last := x for x in data if (total := total + x) > 3]
    return found, last, total

print(f([1, 2, 3, 4]))

def g():
    def inner():
        return [w := i * i for i in range(4)], w
    return inner()
print(g())

class K:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(K.doubled)

nums = [3, 1, 4, 1, 5, 9, 2, 6]
if any((hit := n) > 4 for n in nums):
    print("first above 4:", hit)

print([(y := n, y ** 2) for n in range(3)], y)

obj = object()
print("obj refs", sys.getrefcount(obj))
pairs = [(keep := obj) for _ in range(3)]
print("obj refs after", sys.getrefcount(obj))
del keep
print("obj refs del keep", sys.getrefcount(obj))

def counter():
    count = 0
    def bump(xs):
        nonlocal count
        return [count := count + x for x in xs]
    return bump, lambda: count
bump, peek = counter()
print(bump([1, 2, 3]), peek())

line_no = 0
lines = ["a", "b", ""]
while (line := lines[line_no]) != "":
    line_no += 1
    print("line", line)
print((z := 10), z + 1)
print("collect", gc.collect())
