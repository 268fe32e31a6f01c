import weakref
import gc

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)
    def parent(self):
        return self._parent() if self._parent is not None else None

gc.collect()
root = Node("root")
kid = Node("kid", root)
print("kid's parent:", kid.parent().name)
rr = weakref.ref(root)
del root
print("root freed without gc:", rr() is None)
print("kid's parent now:", kid.parent())
print("collect:", gc.collect())
