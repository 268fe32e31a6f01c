import sys
import gc

class Reader:
    def __init__(self, chunks):
        self.chunks = chunks
    def __call__(self):
        return self.chunks.pop(0) if self.chunks else ""

marker = object()
r = Reader(["a", "b", ""])
print("start", sys.getrefcount(r), sys.getrefcount(marker))
it = iter(r, marker)
print("held by callable_iterator", sys.getrefcount(r), sys.getrefcount(marker))
print(next(it), next(it), next(it), next(it), next(it))
r.chunks = [marker, "late"]
print(list(it))
print("released after sentinel", sys.getrefcount(r), sys.getrefcount(marker))
print(list(it), r.chunks)
print("tracked", gc.is_tracked(it))
del it

def stop():
    raise StopIteration
print(list(iter(stop, 1)))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    iter()
except TypeError as e:
    print("TypeError:", e)
try:
    iter([], 1, 2)
except TypeError as e:
    print("TypeError:", e)
for args in [([1, 2], [1]), ([1], [1, 2]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print("collect", gc.collect())
