# What a CALL site specialises to for a builtin decides whether a class called there later enters
# __init__ directly (3.13+: CALL_ALLOC_AND_ENTER_INIT, two references fewer to an argument inside
# __init__). A METH_O or METH_FASTCALL builtin (id, repr, hash, sys.getrefcount, [].append)
# makes it CALL_BUILTIN_*: a class misses, and 52 misses later the site specialises for the class.
# A METH_VARARGS or METH_NOARGS one (vars, dir, str.format, gc.get_count) makes it
# CALL_NON_PY_GENERAL, which every class passes generically: the site never enters __init__. A
# class with __slots__ is CALL_NON_PY_GENERAL in 3.13 (its version tag
# assigned) and CALL_ALLOC_AND_ENTER_INIT in 3.14.
import sys, gc
out = []
class A:
    def __init__(self, x):
        out.append(sys.getrefcount(x))
class Z:
    def __init__(self):
        out.append(sys.getrefcount(self))
class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, next=None):
        out.append(sys.getrefcount(val))
        self.val = val
        self.next = next
class Leaf:
    __slots__ = ()
    def __init__(self, x):
        out.append(sys.getrefcount(x))
def show(label):
    runs = []
    for v in out:
        if runs and runs[-1][0] == v:
            runs[-1][1] += 1
        else:
            runs.append([v, 1])
    print(label, ' '.join('%d*%d' % (v, n) for v, n in runs))
    out.clear()
# (3.13 fails, and backs off, for a class without __dict__ whose version tag is not assigned yet:
# Leaf is called once first)
Leaf(out)
out.clear()
# one function per case: each has its own call site
def site0(seq, o):
    for c in seq:
        c(o)
site0([A, vars] + [A] * 60, A.__new__(A))
show('vars')
def site1(seq, o):
    for c in seq:
        c(o)
site1([A, dir] + [A] * 60, A.__new__(A))
show('dir')
def site2(seq, o):
    for c in seq:
        c(o)
site2([A, id] + [A] * 60, A.__new__(A))
show('id')
def site3(seq, o):
    for c in seq:
        c(o)
site3([A, repr] + [A] * 60, A.__new__(A))
show('repr')
def site4(seq, o):
    for c in seq:
        c(o)
site4([A, hash] + [A] * 60, A.__new__(A))
show('hash')
def site5(seq, o):
    for c in seq:
        c(o)
site5([A, sys.getrefcount] + [A] * 60, A.__new__(A))
show('sys.getrefcount')
def site6(seq, o):
    for c in seq:
        c(o)
site6([A, '{}'.format] + [A] * 60, A.__new__(A))
show('format')
def site7(seq, o):
    for c in seq:
        c(o)
site7([A, [].append] + [A] * 60, A.__new__(A))
show('append')
def site8(seq, o):
    for c in seq:
        c(o)
site8([A, Leaf] + [A] * 60, A.__new__(A))
show('Leaf')
def zsite0(seq):
    for c in seq:
        c()
zsite0([Z, gc.get_count] + [Z] * 60)
show('gc.get_count')
def zsite1(seq):
    for c in seq:
        c()
zsite1([Z, globals] + [Z] * 60)
show('globals')
def zsite2(seq):
    for c in seq:
        c()
zsite2([Z, dict] + [Z] * 60)
show('dict')
def build(n):
    head = None
    for i in range(n):
        head = Node([i], head)
    return head
build(4)
show('Node in a loop')
v = object()
for i in range(4):
    Node(v)
    Leaf(v)
show('slots at module level, Node with a default')
def defaults(o):
    for i in range(4):
        Node(o)
    for i in range(4):
        Node(o, None)
build_args = [object()]
defaults(build_args)
show('Node(o) then Node(o, None)')
