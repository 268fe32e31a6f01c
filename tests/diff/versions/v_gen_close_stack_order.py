# A generator closed while suspended in the middle of an expression: the value stack's temporaries
# (a call's function and arguments, a method's self, a display's items, an operand, a loop's
# iterator) are released as CPython pops the stack: 3.11 and 3.12 unwind GeneratorExit (the top
# first), 3.14's gen_clear_frame clears the stack top down then the locals, 3.13's
# _PyFrame_ClearLocals (gen_close without a throw, gh-100762) releases the locals and then the
# stack bottom up.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  del', self.name)
    def __add__(self, o):
        return self
    def __iadd__(self, o):
        return self
    def m(self, *a):
        return a
class It:
    def __init__(self, name, n):
        self.name = name
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration
        return self.n
    def __del__(self):
        print('  del', self.name)
def f(*a):
    return a
def call_args():
    yield f(D('arg 1'), D('arg 2'), (yield 1))
def method_args():
    yield D('self').m(D('arg 1'), (yield 1))
def binop():
    x = D('local x')
    yield D('left') + D('middle') + (yield 1)
def augassign():
    x = D('local x')
    x += yield 1
def list_display():
    yield [D('item 1'), D('item 2'), (yield 1)]
def nested_calls():
    yield f(D('outer arg'), f(D('inner arg'), (yield 1)))
def temp_over_iter():
    for i in It('iterator', 2):
        yield f(D('arg'), (yield i))
def two_iters_temp():
    for i in It('outer iterator', 2):
        for j in It('inner iterator', 2):
            yield f(D('arg'), (yield j))
for g in (call_args, method_args, binop, augassign, list_display, nested_calls, temp_over_iter, two_iters_temp):
    print(g.__name__)
    x = g()
    next(x)
    x.close()
    print(' closed')
    del x
