import gc, sys
gc.collect()

class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class Chain:
    def __init__(self, values):
        self.head = None
        for v in reversed(values):
            self.head = Node(v, self.head)
    def __iter__(self):
        return ChainIter(self.head)

class ChainIter:
    def __init__(self, node):
        self.node = node
    def __iter__(self):
        return self
    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v

def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x

def scaled(xs, k):
    for x in xs:
        yield x * k

def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total

c = Chain(list(range(10)))
print(list(running_total(scaled(evens(c), 3))))
p = running_total(scaled(evens(c), 10))
print(next(p), next(p))
node = c.head.next.next
print("node refcount:", sys.getrefcount(node))
inner = p.gi_frame.f_locals["xs"]
print(type(inner).__name__, inner.__name__)
del inner
print(sum(p))
print("node refcount after:", sys.getrefcount(node))
print(sum(x for x in c if x > 4), max(x * x for x in c), min((x for x in c), default=None))
print(sorted((x % 3 for x in c), reverse=True))
print(any(x > 8 for x in c), all(x < 10 for x in c))
print(gc.collect())
