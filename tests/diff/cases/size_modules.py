# heapq, bisect and copy change lists, dicts and sets as their C or Python code does.
import sys, heapq, bisect, copy
s = lambda l: sys.getsizeof(l)
h = []
out = []
for v in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, 12]:
    heapq.heappush(h, v); out.append(s(h))
while h:
    heapq.heappop(h); out.append(s(h))
print(out)
a = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    bisect.insort(a, v)
print(s(a), a)
src = [[1, 2], [3], list(range(5))]
dc = copy.deepcopy(src)
print(s(dc), [s(x) for x in dc], s(copy.copy(src)))
d = {i: i for i in range(10)}
for i in range(8): del d[i]
print(s(copy.copy(d)), s(copy.copy({1, 2, 3, 4, 5, 6})), copy.copy(b'ab'), copy.deepcopy([b'x']))
b = bytes([1, 2])
print(copy.copy(b) is b, copy.deepcopy(b) is b)
