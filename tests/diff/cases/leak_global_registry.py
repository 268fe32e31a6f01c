import sys
import weakref

registry = []

class Widget:
    def __init__(self, name):
        self.name = name
        registry.append(self)

def build():
    w = Widget("temp")
    return weakref.ref(w)

r = build()
print("leaked through registry:", r() is not None)
print("registry size:", len(registry))
print("refcount of leaked widget:", sys.getrefcount(registry[0]))
registry.clear()
print("after clearing registry:", r() is None)
