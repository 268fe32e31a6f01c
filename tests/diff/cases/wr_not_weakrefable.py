import weakref

for value in [1, "text", [1, 2], {"a": 1}, (1, 2), None]:
    try:
        weakref.ref(value)
        print(type(value).__name__, "ok")
    except TypeError as e:
        print(type(value).__name__, "TypeError:", e)

class S:
    __slots__ = ("x",)

class SW:
    __slots__ = ("x", "__weakref__")

try:
    weakref.ref(S())
except TypeError as e:
    print("slots:", e)
w = SW()
print("slots with __weakref__:", weakref.ref(w)() is w)
