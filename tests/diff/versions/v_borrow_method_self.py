import sys

class Box:
    def count(self):
        return sys.getrefcount(self)

    def count_other(self, other):
        return sys.getrefcount(other)

def use():
    b = Box()
    c = Box()
    print("self from a local:", b.count())
    print("argument from a local:", b.count_other(c))
    print("self from a temporary:", Box().count())

use()
b = Box()
print("module-level self:", b.count())
