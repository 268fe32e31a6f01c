class Config:
    debug = False
    def __init__(self):
        self.level = 1

c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "fallback"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr, hasattr(c, "new_attr"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
for name in ["level", "debug", "nothing"]:
    print(name, hasattr(c, name))
try:
    getattr(c, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(vars(c)), type(c).__name__)
o = object()
print(hasattr(o, "x"), type(o).__name__)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
