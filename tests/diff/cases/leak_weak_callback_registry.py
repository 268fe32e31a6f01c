import weakref

listeners = []

class Button:
    def __init__(self, label):
        self.label = label
        listeners.append((weakref.ref(self), "click"))
    def click(self):
        return "clicked " + self.label

def fire():
    results = []
    for ref, name in listeners:
        obj = ref()
        if obj is None:
            results.append("dead")
        else:
            results.append(getattr(obj, name)())
    return results

a = Button("a")
b = Button("b")
print("both alive:", fire())
del a
print("after del a:", fire())
listeners[:] = [(r, n) for r, n in listeners if r() is not None]
print("pruned:", len(listeners), fire())
del b
print("after del b:", fire())
