# 3.12 specialises a method load (`o.m()`) to LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN or
# LOAD_ATTR_PROPERTY from the site's second run: the Python __getattribute__ or the property's
# getter then gets the instance moved in from the stack and reads one less; 3.11 never does,
# 3.13 refuses method loads there (and 3.14 borrows the load instead).
import sys

class G:
    def __getattribute__(self, name):
        print(name, sys.getrefcount(self))
        return object.__getattribute__(self, name)
    def m(self):
        return 1

class P:
    @property
    def p(self):
        print('p', sys.getrefcount(self))
        return len

g = G()
for i in range(4):
    g.m()
for i in range(3):
    g.x = 1
    g.x
o = P()
for i in range(3):
    o.p('ab')
