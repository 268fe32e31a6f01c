import sys
import gc

g = {}
exec("x = 1\ny = x + 1", g)
print(sorted(g), g["x"], g["y"], type(g["__builtins__"]).__name__)

g2 = {"n": 5}
l2 = {}
exec("m = n * 2\ndef f(): return n\nr = f()", g2, l2)
print(sorted(g2), sorted(l2), l2["m"], l2["r"])

print(eval("1 + 2 * 3"), eval("  a + b", {"a": 1, "b": 2}), eval("k", {}, {"k": "local"}))

code = compile("total = sum(range(n))", "<calc>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
ns = {"n": 10}
exec(code, ns)
print(ns["total"])
ecode = compile("n ** 2", "<sq>", "eval")
print(eval(ecode, {"n": 7}), eval(ecode, {"n": 3}))

counter = 0
exec("counter += 10")
print("module-level exec sees globals:", counter)

def inside():
    local_var = 3
    exec("local_var = 99\nnew_name = 1")
    print("fast local unchanged:", local_var)
    return eval("local_var + 1")
print(inside())

class Conf:
    exec("setting = 'on'")
print(Conf.setting)

obj = object()
d = {"obj": obj}
print("refs before", sys.getrefcount(obj), sys.getrefcount(d))
exec("kept = obj", d)
print("refs after", sys.getrefcount(obj), sys.getrefcount(d))
res = eval("[obj, obj]", d)
print("eval result holds", sys.getrefcount(obj))
del res, d
print("after del", sys.getrefcount(obj))

try:
    exec("def broken(:\n    pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, repr(e.text), e.filename)
    print(str(e))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    exec(42)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("pass", [])
except TypeError as e:
    print("TypeError:", e)
try:
    compile("1", "f", "bogus")
except ValueError as e:
    print("ValueError:", e)
print(eval("(lambda q: q * 2)(21)"))
print(eval("[i * i for i in range(4)]"))
print(gc.collect())
