# Code compiled at run time (exec, eval, compile()) gets 3.14's borrowed loads as the program's
# own code does: a function, a lambda, a nested function and a method made there read the same
# counts as their twins defined in the program.
import sys

SRC = '''
def site(o):
    for i in range(2):
        print(sys.getrefcount(o), end=' ')
    print()

def outer(o):
    def inner(p):
        return sys.getrefcount(p)
    print(inner(o), sys.getrefcount(o))

class K:
    def m(self, o):
        print(sys.getrefcount(o), sys.getrefcount(self))
    n = len(sys.argv)

lam = lambda o: sys.getrefcount(o)
'''

def site(o):
    for i in range(2):
        print(sys.getrefcount(o), end=' ')
    print()

def outer(o):
    def inner(p):
        return sys.getrefcount(p)
    print(inner(o), sys.getrefcount(o))

class K:
    def m(self, o):
        print(sys.getrefcount(o), sys.getrefcount(self))

lam = lambda o: sys.getrefcount(o)

O = object()

def run(ns, label):
    # O is a global: the callee's own references show
    print(label)
    ns['site'](O)
    ns['outer'](O)
    ns['K']().m(O)
    print(ns['lam'](O))

ns = {'sys': sys}
exec(SRC, ns)
run(ns, 'exec')
run(globals(), 'program')

code = compile(SRC, '<src>', 'exec')
ns2 = {'sys': sys}
exec(code, ns2)
run(ns2, 'compile+exec')

# eval of a lambda, called from a function
f = eval('lambda o: sys.getrefcount(o)', {'sys': sys})
g = eval('lambda o: (lambda p: sys.getrefcount(p))(o)', {'sys': sys})
print('eval', f(O), g(O), lam(O))

# exec inside a function, with its own namespaces
def w():
    loc = {}
    exec(SRC, {'sys': sys}, loc)
    loc['site'](O)
    print(loc['lam'](O))
w()
