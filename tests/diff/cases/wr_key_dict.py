import weakref

class Key:
    def __init__(self, name):
        self.name = name

meta = weakref.WeakKeyDictionary()
k1 = Key("k1")
k2 = Key("k2")
meta[k1] = "first"
meta[k2] = "second"
print("len:", len(meta))
print("lookup:", meta[k1], meta.get(k2))
del k1
print("after del k1:", len(meta))
print("remaining:", [k.name + "=" + v for k, v in meta.items()])
print("contains k2:", k2 in meta)
meta[k2] = "updated"
print("updated:", meta[k2], len(meta))
del meta[k2]
print("explicit delete:", len(meta))
