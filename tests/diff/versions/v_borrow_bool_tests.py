# and/or/not in an if/while/assert/conditional test (compiler_jump_if: each operand tested once,
# no value kept; 3.14 borrows each local tested) and and/or as a value (3.12+: COPY of the operand)
import sys

class T:
    def __init__(self, name, truth):
        self.name = name
        self.truth = truth

    def __bool__(self):
        print(' bool', self.name, sys.getrefcount(self))
        return self.truth

class L:
    def __len__(self):
        print(' len', sys.getrefcount(self))
        return 0

def tests(a, b, z):
    print('if a and b')
    if a and b:
        pass
    print('while z or a')
    while z or a:
        break
    print('if not a or not b')
    if not a or not b:
        pass
    print('if a and (z or b)')
    if a and (z or b):
        pass
    print('if (z or a) and not (b and z)')
    if (z or a) and not (b and z):
        pass
    print('assert a and b')
    assert a and b
    print('x if a and z else y')
    x = 1 if a and z else 2
    print('while not z and a')
    n = 0
    while not z and a:
        n += 1
        if n == 2:
            break

def values(a, b, z):
    print('c = a or b')
    c = a or b
    print('d = z and a')
    d = z and a
    print('e = z or a or b')
    e = z or a or b
    print('f = a and z and b')
    f = a and z and b
    print(c.name, d.name, e.name, f.name)

def lens(s):
    if s or s:
        pass
    print(s or 1)

tests(T('a', True), T('b', True), T('z', False))
values(T('a', True), T('b', True), T('z', False))
lens(L())
