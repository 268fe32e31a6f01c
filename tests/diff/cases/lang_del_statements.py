x = 5
del x
try:
    x
except NameError as e:
    print("NameError:", e)
lst = list(range(8))
del lst[0]
del lst[-1]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
