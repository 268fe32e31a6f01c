import sys

class Item:
    pass

items = [Item(), Item()]
print("set comp:", sorted({sys.getrefcount(x) for x in items}))
print("dict comp values:", list({i: sys.getrefcount(x) for i, x in enumerate(items)}.values()))
print("nested:", [[sys.getrefcount(x) for _ in range(1)] for x in items])
print("genexp sum:", sum(sys.getrefcount(x) for x in items))

def inside():
    local = Item()
    return [sys.getrefcount(local) for _ in range(2)]

print("outer local in comp:", inside())
