# PEP 709 (3.12+): what an inlined comprehension releases, and when: at the end the iterator, then its variables back to the enclosing code's values; when an exception leaves it, the iterator, the unfinished result, then its variables (3.11: the comprehension's frame).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class It:
    def __init__(self, items): self.items = items; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i == len(self.items): raise StopIteration
        self.i += 1
        return self.items[self.i - 1]
    def __del__(self): print("del iterator")
def boom(v):
    if v.n == 2: raise ValueError("boom")
    return D(v.n * 10)
def f():
    x = D("outer")
    try:
        r = [boom(x) for x in It([D(1), D(2)])]
    except ValueError:
        print("caught")
    print("x is", x.n)
    r = {x.n: D(x.n + 100) for x in It([D(7)])}
    print("built")
    del r
    print("end")
f()
print("module")
x = 5
r = [D(v) for v in It([3])]
del r
print("done")
