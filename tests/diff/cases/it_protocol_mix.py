import sys

class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, *values):
        self.head = None
        for v in reversed(values):
            self.head = Node(v, self.head)
    def __iter__(self):
        node = self.head
        while node is not None:
            yield_value = node.value
            node = node.next
            self._last = yield_value
        return iter(self.to_list())
    def to_list(self):
        out = []
        node = self.head
        while node:
            out.append(node.value)
            node = node.next
        return out

class Cursor:
    def __init__(self, ll):
        self.node = ll.head
    def __iter__(self):
        return self
    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v

ll = LinkedList(3, 1, 4, 1, 5)
print(list(ll), sum(ll), max(ll), sorted(ll))
c = Cursor(ll)
print(next(c), next(c), list(c), next(c, "done"))
print(list(map(lambda a, b: a * b, Cursor(ll), range(10))))
print(list(filter(lambda v: v > 1, Cursor(ll))))
print(dict(enumerate(Cursor(ll))))
first, *middle, last = Cursor(ll)
print(first, middle, last)
m = map(str, Cursor(ll))
print(next(m), list(m), list(m))
head = ll.head
print("head refs", sys.getrefcount(head))
cur = Cursor(ll)
print("head refs with cursor", sys.getrefcount(head))
next(cur)
print("head refs after advancing", sys.getrefcount(head))
print(any(v == 4 for v in Cursor(ll)), all(v > 0 for v in Cursor(ll)))
print(list(zip(Cursor(ll), "ab")), list(reversed(list(Cursor(ll)))))
while (v := next(cur, None)) is not None:
    print("walrus cursor", v)
