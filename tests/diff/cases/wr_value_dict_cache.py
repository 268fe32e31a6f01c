import weakref

class Img:
    def __init__(self, name):
        self.name = name
        print("load", name)

cache = weakref.WeakValueDictionary()

def get(name):
    img = cache.get(name)
    if img is None:
        img = Img(name)
        cache[name] = img
    return img

a = get("logo")
b = get("logo")
print("same object:", a is b)
del a, b
c = get("logo")
print("reloaded after drop")
print("cache size:", len(cache))
