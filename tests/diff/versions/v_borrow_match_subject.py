# the subject of `match`: every case before the last tests a COPY of it (compiler_match_inner);
# under 3.14 a local subject with one case tested whose pattern consumes it (a value pattern,
# a class pattern) is LOAD_FAST_BORROW
import sys

class P:
    def __eq__(self, o):
        print(' eq', sys.getrefcount(self))
        return o == 2
    __hash__ = None

    @property
    def x(self):
        print(' x', sys.getrefcount(self))
        return 1

    def m(self):
        print(' m', sys.getrefcount(self))
        return True

class S(list):
    def __len__(self):
        print(' len', sys.getrefcount(self))
        return 1

def one(s):
    print('one value case')
    match s:
        case 1:
            print('no')
    print('value case and default')
    match s:
        case 2:
            print('matched', sys.getrefcount(s))
        case _:
            print('default')
    print('class case')
    match s:
        case P(x=1):
            print('class', sys.getrefcount(s))

def several(s, q):
    print('two value cases')
    match s:
        case 1:
            print('one')
        case 2:
            print('two', sys.getrefcount(s))
    print('class then value')
    match s:
        case P(x=2):
            print('no')
        case 2:
            print('value')
    print('sequence then default')
    match q:
        case [a]:
            print('seq', sys.getrefcount(q))
        case _:
            print('default')

def captures(s):
    print('case x: x.m()')
    match s:
        case x: x.m()
    print('case 1 / case y if y.m(): y.m()')
    match s:
        case 1: pass
        case y if y.m(): y.m()
    print('case P() as z: z.m()')
    match s:
        case P() as z: z.m()
    print('case w: then w.m() on the next line')
    match s:
        case w:
            w.m()

one(P())
several(P(), S([5]))
captures(P())
