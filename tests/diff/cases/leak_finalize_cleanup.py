import weakref

open_handles = set()

class Handle:
    def __init__(self, name):
        self.name = name
        open_handles.add(name)
        weakref.finalize(self, open_handles.discard, name)

def use():
    h1 = Handle("one")
    h2 = Handle("two")
    print("inside:", sorted(open_handles))

use()
print("after use:", sorted(open_handles))
h = Handle("three")
print("open:", sorted(open_handles))
h = None
print("closed:", sorted(open_handles))
