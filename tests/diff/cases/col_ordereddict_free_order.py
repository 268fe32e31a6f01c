from collections import OrderedDict
class B:
    def __init__(self, n): self.n = n
    def __del__(self): print("free", self.n)
od = OrderedDict()
for k in "abc": od[k] = B(k)
od.move_to_end("a")
del od["b"]
od["b"] = B("b2")
od.move_to_end("c", last=False)
print(list(od))
del od
od2 = OrderedDict(x=B("x"), y=B("y"))
od2.move_to_end("x")
od2.clear()
print("end")
