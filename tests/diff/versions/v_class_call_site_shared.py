# A call site specialised for one class (3.13+: CALL_ALLOC_AND_ENTER_INIT) guards on that class's
# version tag: another class, a Python function, a builtin, or the same class modified since,
# misses and takes the generic call (the argument tuple: two references more inside __init__),
# until 52 misses later the site specialises again for what it sees then. A class the site cannot
# enter __init__ for directly (its own __new__) makes it CALL_NON_PY_GENERAL, which every class
# then passes generically. 3.13 fails to specialise for an __init__ of another argument count and
# backs off (2**n - 1 runs); 3.14 specialises it anyway and misses. The same version guard holds
# for a property (3.12+) and __getitem__ specialised for a class modified since.
import sys
out = []
class A:
    def __init__(self, x):
        out.append('a%d' % sys.getrefcount(x))
class B:
    def __init__(self, x):
        out.append('b%d' % sys.getrefcount(x))
class N:
    def __new__(cls, x):
        return object.__new__(cls)
class D:
    def __init__(self, x, y=0):
        pass
class Sub(A):
    pass
def g(x):
    pass
class Obj:
    pass
o = Obj()
def show(label):
    print(label, ' '.join(out))
    out.clear()
def two_classes(seq):
    for c in seq:
        c(o)
def after_new(seq):
    for c in seq:
        c(o)
def after_function(seq):
    for c in seq:
        c(o)
def after_builtin(seq):
    for c in seq:
        c(o)
def backoff(seq):
    for c in seq:
        c(o)
def modified(n):
    for i in range(n):
        if i == 3:
            A.extra = 1
        if i == 6:
            A.extra = 2
        A(o)
def sub_of_modified(n):
    for i in range(n):
        if i == 3:
            A.other = 1
        Sub(o)
two_classes([A, B] * 4)
show('A B x4')
two_classes([A] + [B] * 55 + [A] * 3)
show('A then B x55')
after_new([A, N] + [A] * 4)
show('A N then A')
after_function([A, g] + [A] * 56)
show('A g then A x56')
after_builtin([A, id] + [A] * 3)
show('A id then A')
backoff([A, D] + [A] * 6)
show('A D then A')
backoff([D] + [A] * 8 + [D] + [A] * 8)
show('D A x8 D A x8')
modified(9)
show('A modified at 3 and 6')
sub_of_modified(7)
show('Sub, base modified at 3')
for cls in (A, B, A, B):
    cls(o)
show('module level A B A B')

class P:
    @property
    def p(self):
        out.append('p%d' % sys.getrefcount(self))
        return 1
    def __getitem__(self, k):
        out.append('g%d' % sys.getrefcount(self))
        return 1
class Q(P):
    pass
def loads(obj, n, at):
    for i in range(n):
        if i == at:
            P.changed = i
        obj.p
        obj[0]
def loads_sub(obj, n, at):
    for i in range(n):
        if i == at:
            P.changed = i
        obj.p
        obj[0]
loads(P(), 6, 3)
show('property and getitem, class modified at 3')
loads_sub(Q(), 6, 2)
show('subclass, base modified at 2')
