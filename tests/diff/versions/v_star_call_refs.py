# f(*args) and f(**kw): the argument tuple and keyword dict CALL_FUNCTION_EX builds. 3.11 keeps
# them while the function runs (one more reference to each argument inside it), 3.12 frees them
# as the frame is pushed.
import sys

def one(x, y=None):
    print("one sees x:", sys.getrefcount(x))

def rest(*args):
    print("rest sees args[0]:", sys.getrefcount(args[0]))

def named(**kw):
    print("named sees kw['k']:", sys.getrefcount(kw["k"]))

item = {}
items = [item]
pair = (item, None)
one(item)
one(*items)
one(*pair)
one(*[item])
one(*items, None)
one(**{"x": item})
rest(*items)
named(**{"k": item})
named(k=item)
print("module:", sys.getrefcount(item))
