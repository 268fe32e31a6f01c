import weakref

class Image:
    def __init__(self, path):
        self.path = path

strong = {}
weak = weakref.WeakValueDictionary()
img = Image("a.png")
strong["a"] = img
weak["a"] = img
del img
print("strong cache:", list(strong), "weak cache:", list(weak))
strong.clear()
print("after clearing the strong cache:", list(weak))
doc = Image("b.png")
weakref.finalize(doc, print, "finalize: b.png is gone")
watch = weakref.ref(doc, lambda r: print("callback: the weakref is now dead:", r() is None))
del doc
print("end")
