import sys

ns = {"sys": sys}
exec("""
def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_code.co_filename, f.f_lineno, f.f_back.f_code.co_name
result = where()
top = sys._getframe()
names = sorted(top.f_locals)
""", ns)
print(ns["result"], ns["names"][:3], ns["top"].f_code.co_filename)

def caller():
    secret = [1, 2, 3]
    return peek()

def peek():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_locals["secret"], sys.getrefcount(f.f_locals["secret"])

print(caller())
print(eval("sys._getframe().f_code.co_name", {"sys": sys}))
code = compile("x = 1\ny = x + 1\n", "<made>", "exec")
print(code.co_filename, code.co_name, code.co_firstlineno)
