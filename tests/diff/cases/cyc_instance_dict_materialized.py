import gc

class P:
    def __init__(self):
        self.other = None

gc.collect()
a = P()
b = P()
a.other = b
b.other = a
del a, b
print("plain instances:", gc.collect())
a = P()
b = P()
a.other = b
b.other = a
da = a.__dict__
vb = vars(b)
del da, vb
del a, b
print("with materialized dicts:", gc.collect())
