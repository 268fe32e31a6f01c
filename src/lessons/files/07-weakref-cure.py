# lesson: {"order": 7, "slug": "weakrefs", "title": "Caches that leak, and the weakref cure"}
# A plain dict used as a cache keeps every value alive. A WeakValueDictionary holds its values
# weakly — weak references never add to a count — and drops an entry when its value dies.
# weakref.ref callbacks, WeakKeyDictionary, WeakSet and weakref.finalize work the same way:
# dashed arrows in the graph, never counted.
# @13: The strong cache keeps the first image alive after del.
# @15: The weak cache lets it go: the entry disappears with its object.
# @19: finalize runs its callback when the object dies.
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
