# a[i] with a Python __getitem__ in loops: BINARY_SUBSCR_GETITEM moves the stack's references
# into __getitem__'s frame once the site is specialised (3.11: after the code object's 8
# RESUME/JUMP_BACKWARD warm-ups; 3.12+: from the site's second run); str(x) likewise
# (PRECALL_NO_KW_STR_1 / CALL_NO_KW_STR_1: no args tuple; 3.13 has no tuple at all)
import sys
class K:
    pass
class A:
    def __getitem__(self, k):
        out.append((sys.getrefcount(self), sys.getrefcount(k)))
        return 0
    def __str__(self):
        out.append(sys.getrefcount(self))
        return 'a'
class D:
    def __getitem__(self, k, extra=None, *rest):
        out.append(sys.getrefcount(self))
        return 0
out = []
a = A()
key = K()
for i in range(12):
    a[key]
print('module', out); out.clear()
def f():
    b = A()
    k = K()
    for i in range(12):
        b[k]
    print('function', out); out.clear()
f()
def once():
    a[key]
for i in range(10):
    once()
print('calls', out); out.clear()
def w():
    i = 0
    while i < 10:
        a[key]
        i += 1
    print('while', out); out.clear()
    while True:
        a[key]
        i += 1
        if i == 20:
            break
    print('while True', out); out.clear()
w()
def c():
    for i in range(10):
        if i % 2:
            continue
        a[key]
    print('continue', out); out.clear()
c()
def g():
    while True:
        a[key]
        yield
gen = g()
for _ in range(10):
    next(gen)
print('generator', out); out.clear()
def comp():
    return [a[key] for _ in range(10)]
comp()
print('comprehension', out); out.clear()
def s():
    for i in range(10):
        str(a)
    print('str', out); out.clear()
s()
d = D()
for i in range(10):
    d[key]
print('not simple', out); out.clear()
