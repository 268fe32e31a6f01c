# Reference counts inside __format__ / __str__ / __repr__ reached by str.format (METH_VARARGS:
# the arguments in a tuple and a dict, each field's object a new reference while it renders),
# format(), f-strings and str.format_map.
import sys


class F:
    def __format__(self, spec):
        print("format", repr(spec), sys.getrefcount(self))
        return "F"


class S:
    def __str__(self):
        print("str", sys.getrefcount(self))
        return "S"

    def __repr__(self):
        print("repr", sys.getrefcount(self))
        return "R"


class H:
    def __init__(self, v):
        self.attr = v


f = F()
s = S()
print("base", sys.getrefcount(f), sys.getrefcount(s))
print("{}".format(f))
print("{0}".format(f))
print("{:>5}".format(f))
print("{x}".format(x=f))
print("{0}{0}".format(f))
print("{} {}".format(f, s))
print("{}".format(s), "{!r}".format(s), "{!s}".format(s), "{0!r:>4}".format(s), "{x!r}".format(x=s))
print(format(f, "x"), format(f), f"{f}", f"{f:>3}", f"{s}", f"{s!r}", f"{s!s}")
h = H(f)
print("{0.attr}".format(h))
print("{x.attr}".format(x=h))
print("{0[1]}".format([0, f]))
lst = [0, f]
print("{0[1]}".format(lst))
print("{0[k]}".format({"k": f}))
del h, lst
d = {"k": f}
print("{k}".format(**d))
print("{}".format(*[f]))
print("{}".format(*(f,)))
fm = "{}".format
print(fm(f))
print(fm(*[f]))
print(str.format("{}", f))
print("{k}".format_map(d))
print("{:{}}".format(f, ">3"))
print("{0:{1}}".format(f, "<2"))
print("{:{w}}".format(f, w="^4"))
print("base", sys.getrefcount(f), sys.getrefcount(s))
for bad in ("{} {0}", "{0} {}"):
    try:
        bad.format(f, f)
    except ValueError as e:
        print("ValueError", e)
try:
    "{0}".format_map(d)
except ValueError as e:
    print("ValueError", e)
try:
    "{missing}".format_map(d)
except KeyError as e:
    print("KeyError", e)
print("%(a)s %(a)r" % {"a": s}, "%s" % s, "%s" % (s,), "%r" % (s,))
