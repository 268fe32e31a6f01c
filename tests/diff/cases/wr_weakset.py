import weakref
import gc

class Item:
    def __init__(self, name):
        self.name = name

gc.collect()
ws = weakref.WeakSet()
items = [Item(n) for n in ["a", "b", "c"]]
for it in items:
    ws.add(it)
del it
print("size:", len(ws))
print("names:", sorted(x.name for x in ws))
items.pop()
print("after pop:", len(ws))
print("membership:", items[0] in ws)
ws.discard(items[0])
print("after discard:", len(ws))
items.clear()
print("after clear:", len(ws))
