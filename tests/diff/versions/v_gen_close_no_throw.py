# gen_close (3.13, gh-100762): a generator suspended at a yield under no try/except/with/finally
# cleanup of its own is closed without a GeneratorExit: its frame is marked completed and its
# locals, then its value stack, are released (3.14: the stack top down, then the locals last to
# first); the function stays with the frame until the generator is freed. 3.11 and 3.12 throw
# GeneratorExit in: the stack unwinds first (a loop's iterator), then the frame's locals go.
import sys

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  del', self.name)

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

def plain():
    a = D('local a')
    b = D('local b')
    for i in It('outer iterator', 3):
        for j in It('inner iterator', 3):
            yield i

def in_try():
    a = D('local a')
    try:
        for i in It('iterator', 3):
            yield i
    except ValueError:
        pass

def in_with():
    class M:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print('  exit', a[0].__name__ if a[0] else None)
    a = D('local a')
    with M():
        yield 1

def in_else():
    a = D('local a')
    try:
        pass
    except ValueError:
        pass
    else:
        for i in It('iterator', 3):
            yield i

def in_finally():
    a = D('local a')
    try:
        pass
    finally:
        for i in It('iterator', 3):
            yield i

def in_handler():
    a = D('local a')
    try:
        raise KeyError
    except KeyError:
        for i in It('iterator', 3):
            yield i

def inner():
    yield 1
    yield 2

def delegating():
    a = D('local a')
    yield from inner()

def gexp():
    return (x for x in It('genexp iterator', 3))

for make in [plain, in_try, in_with, in_else, in_finally, in_handler, delegating, gexp]:
    print(make.__name__)
    before = sys.getrefcount(make)
    g = make()
    next(g)
    g.close()
    print('  closed: function refs', sys.getrefcount(make) - before, 'frame', g.gi_frame)
    del g
    print('  freed: function refs', sys.getrefcount(make) - before)

print('freed while suspended')
g = plain()
next(g)
del g
print('close twice')
g = plain()
next(g)
g.close()
g.close()
print('  next after close:', next(g, 'exhausted'))
del g

# never started: 3.12+ mark it completed, its frame (the argument) kept until it is freed
def started_never(x):
    yield 1
g = started_never(D('argument'))
g.close()
print('never started: closed', g.gi_frame)
del g
print('never started: freed')
