# ChainMap as nested scopes: lookups fall through, writes go to the innermost map
import sys
from collections import ChainMap

builtins_ = {"len": "builtin", "x": 0}
globals_ = {"x": 1}
scope = ChainMap(globals_, builtins_)
print(scope["x"], scope["len"], len(scope), sorted(scope))
inner = scope.new_child()
inner["x"] = 2
print(inner["x"], inner.parents["x"], inner.maps)
print("refcount of globals:", sys.getrefcount(globals_))
del inner
print("after del:", sys.getrefcount(globals_))
print(scope, "x" in scope, scope.get("nope", "default"))
try:
    del scope["len"]
except KeyError as e:
    print("KeyError:", e)
print(dict(scope), ChainMap({"a": 1}) == {"a": 1})
