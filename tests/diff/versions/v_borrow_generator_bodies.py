# generator bodies and comprehension conditions: an if/while test (compiler_jump_if), a for loop's
# GET_ITER (3.14: a borrowed local) and a genexpr's store fused with the next load on one line
import sys
class T:
    def __bool__(self):
        print(' bool', sys.getrefcount(self))
        return True
    def __iter__(self):
        print(' iter', sys.getrefcount(self))
        return iter([self])
    def m(self):
        print(' m', sys.getrefcount(self))
        return True
def gen(a, b):
    print('if')
    if a and b:
        yield 1
    print('while')
    while a:
        yield 2
        break
    print('for')
    for x in a:
        yield x
    print('for2')
    for y in a:
        y.m()
        yield 3
def comps(a, b):
    print('genexpr')
    list(x for x in [a] if b and x)
    list(x for x in [a] if x.m())
    list(x for x in [a]
         if x.m())
    print('listcomp')
    [x for x in [a] if b and x]
    [x for x in [a] if x.m()]
    [x for x in [a]
     if x.m()]
list(gen(T(), T()))
comps(T(), T())
