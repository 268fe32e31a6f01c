import sys

def deltas():
    before = [sys.getrefcount(v) for v in (None, True, 0, 255, "", "x")]
    keep = [None, True, 0, 255, "", "x"] * 3
    after = [sys.getrefcount(v) for v in (None, True, 0, 255, "", "x")]
    return [a - b for a, b in zip(after, before)]

print("deltas:", deltas())
print("huge:", [sys.getrefcount(v) > 10 ** 6 for v in (None, False, -5, 256, ())])
print("fresh tuple:", sys.getrefcount(tuple([1, 2])))
