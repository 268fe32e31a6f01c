# a conditional expression as the test of if / while / assert / another conditional expression:
# compiler_jump_if (3.14: codegen_jump_if) tests c, then jumps on x or y themselves, making no
# value; under 3.14 each local tested is LOAD_FAST_BORROW + TO_BOOL (one less inside __bool__)
import sys

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(' bool', self.v, sys.getrefcount(self))
        return self.v

def f(a, b, c):
    print('if (a if c else b)')
    if (a if c else b):
        print(' yes')
    print('while')
    n = 0
    while (a if c else b) and n < 1:
        n += 1
    print('not')
    if not (b if c else a):
        print(' yes')
    print('nested')
    if (a if c else (b if a else c)):
        print(' yes')
    print('and inside')
    if (a and b) if c else (b or a):
        print(' yes')
    print('value, then tested')
    x = a if c else b
    print(' value', sys.getrefcount(a))
    if x:
        print(' yes')
    print('assert')
    assert (a if c else a)
    print('conditional expression test')
    y = 1 if (a if c else b) else 2
    print(' y', y)

f(B(True), B(False), B(True))
f(B(True), B(False), B(False))
