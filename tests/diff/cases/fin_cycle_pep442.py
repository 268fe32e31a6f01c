class N:
    def __init__(self, name):
        self.name = name
        self.next = None
    def __del__(self):
        print("__del__", self.name, "next is", self.next.name if self.next else None)

import gc
gc.collect()
a = N("a")
b = N("b")
c = N("c")
a.next = b
b.next = c
c.next = a
del a, b, c
print("collecting")
print("collected:", gc.collect())
print("end")
