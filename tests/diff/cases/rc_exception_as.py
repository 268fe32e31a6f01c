import sys

class Err(Exception):
    pass

payload = [1, 2]
e_outer = None
try:
    raise Err(payload)
except Err as e:
    print("payload inside handler:", sys.getrefcount(payload))
    e_outer = e
    print("exception refcount:", sys.getrefcount(e) > 1)
print("payload kept by saved exception:", sys.getrefcount(payload))
print("args:", e_outer.args[0] is payload)
e_outer = None
print("payload after dropping exception:", sys.getrefcount(payload))
try:
    {}["missing"]
except KeyError as err:
    print("caught:", repr(err))
try:
    print("err visible:", err)
except NameError as ne:
    print("NameError:", ne)
