# RecursionError where CPython raises it: the C path's recursion checks (_PyObject_MakeTpCall,
# PyObject_Repr/Str, PyObject_RichCompare, builtin calls) count with the Python frames (3.11)
# or against the C limit (3.12); the message names where. A small limit keeps the stack small.
import sys
sys.setrecursionlimit(120)
D = 0

class Node:
    def __init__(self, n):
        global D; D = n
        self.next = Node(n + 1)

class R:
    def __init__(self, n): self.n = n
    def __repr__(self):
        global D; D = self.n
        return repr(R(self.n + 1))

class S:
    def __init__(self, n): self.n = n
    def __str__(self):
        global D; D = self.n
        return f"{S(self.n + 1)}"

class E:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        global D; D = self.n
        return E(self.n + 1) == o

class L:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        global D; D = self.n
        return L(self.n + 1) < o

class C:
    def __call__(self, n):
        global D; D = n
        return self(n + 1)

class G:
    def __getattr__(self, name):
        global D; D += 1
        return self.x

class H:
    def __init__(self, n): self.n = n
    def __hash__(self):
        global D; D = self.n
        return hash(H(self.n + 1))

class Ln:
    def __init__(self, n): self.n = n
    def __len__(self):
        global D; D = self.n
        return len(Ln(self.n + 1))

def viamap(n):
    global D; D = n
    return list(map(viamap, [n + 1]))

def viasorted(n):
    global D; D = n
    return sorted([n + 1], key=viasorted)

def viamax(n):
    global D; D = n
    return max([n + 1], key=viamax)

def viasum(n):
    global D; D = n
    return sum(viasum(n + 1) for _ in [1])

def gen(n):
    global D; D = n
    yield n
    yield from gen(n + 1)

class A:
    def __init__(self, n):
        global D; D = n
        B(n + 1)
class B(A):
    def __init__(self, n):
        super().__init__(n)

def plain(n):
    global D; D = n
    return plain(n + 1)

shapes = [
    ('init', lambda: Node(1)), ('repr', lambda: repr(R(1))), ('str', lambda: str(S(1))),
    ('eq', lambda: E(1) == 0), ('lt', lambda: L(1) < 0), ('call', lambda: C()(1)),
    ('getattr', lambda: G().y), ('hash', lambda: hash(H(1))), ('len', lambda: len(Ln(1))),
    ('map', lambda: viamap(1)), ('sorted', lambda: viasorted(1)), ('max', lambda: viamax(1)),
    ('sum', lambda: viasum(1)), ('yield from', lambda: list(gen(1))), ('super', lambda: A(1)),
    ('plain', lambda: plain(1)),
]
for name, run in shapes:
    for attempt in range(3):
        D = 0
        try:
            run()
            print(name, 'returned')
        except RecursionError as e:
            print(name, attempt, D, str(e))

# a generator resumed past the limit is finished by it
def one():
    yield 1
    yield 2
g = one()
def resume_deep(n):
    global D; D = n
    if n < 200:
        return resume_deep(n + 1)
    return 0
def deep_next(n):
    if n > 0:
        return deep_next(n - 1)
    return next(g)
print(next(g))
for k in (115, 116, 117, 118, 119):
    try:
        print(k, deep_next(k))
    except RecursionError as e:
        print(k, 'RecursionError', e)
    except StopIteration:
        print(k, 'StopIteration')
