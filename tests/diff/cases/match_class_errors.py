class P:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2

class NoArgs:
    pass

class BadArgs:
    __match_args__ = ["a"]
    a = 1

class Lazy:
    @property
    def value(self):
        print("  computing value")
        return 42

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def m1():
    match P():
        case P(1, 2, 3):
            return "three"
def m2():
    match NoArgs():
        case NoArgs(x):
            return x
def m3():
    match BadArgs():
        case BadArgs(x):
            return x
def m4():
    match P():
        case P(x, a=y):
            return x, y
def m5():
    notatype = 3
    match P():
        case notatype():
            return "?"
def m6():
    match 5:
        case int(x):
            return ("int self", x)
def m7():
    match 5:
        case bool(x):
            return ("bool", x)
        case int(real=r, imag=i):
            return ("real/imag", r, i)
def m8():
    match Lazy():
        case Lazy(value=42 as v):
            return v
def m9():
    match P():
        case P(a=1, missing=2):
            return "has missing"
        case P(a=1, b=b):
            return "b is %d" % b
def m10():
    match {"a": 1}:
        case {"a": 1, **rest}:
            return rest
def m11():
    match NoArgs():
        case NoArgs():
            return "no sub-patterns"
def m12():
    match [1, 2]:
        case list((1, 2)):
            return "list self-match"

for i, fn in enumerate([m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12], 1):
    attempt("m%d" % i, fn)
