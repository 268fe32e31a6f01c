# with: 3.11-3.13's BEFORE_WITH binds __enter__ and __exit__ (each bound method holds the
# manager); 3.14's LOAD_SPECIAL keeps them unbound with the manager as self on the stack, and a
# local manager is loaded borrowed when the body stays in one basic block.
import sys

class M:
    def __enter__(self):
        print("  __enter__", sys.getrefcount(self))
        return self
    def __exit__(self, *exc):
        print("  __exit__", sys.getrefcount(self), exc[0] is not None)
        return True

g = M()

class Holder:
    pass

def local_plain():
    print("local, plain body")
    a = M()
    with a:
        print("  body", sys.getrefcount(a))

def local_as():
    print("local, as")
    a = M()
    with a as b:
        print("  body", sys.getrefcount(a))

def local_branching_body(flag):
    print("local, body with an if")
    a = M()
    with a:
        if flag:
            print("  body", sys.getrefcount(a))

def local_raises():
    print("local, body raises")
    a = M()
    with a:
        print("  body", sys.getrefcount(a))
        raise ValueError

def local_return():
    print("local, body returns")
    a = M()
    with a:
        return sys.getrefcount(a)

def two_items():
    print("two items")
    a = M()
    b = M()
    with a, b:
        print("  body", sys.getrefcount(a), sys.getrefcount(b))

def global_and_attribute():
    print("global")
    with g:
        print("  body", sys.getrefcount(g))
    print("attribute")
    h = Holder()
    h.m = M()
    with h.m:
        pass
    print("temporary")
    with M():
        pass

local_plain()
local_as()
local_branching_body(True)
local_raises()
print("  returned", local_return())
two_items()
global_and_attribute()
print("module level")
with g:
    pass
