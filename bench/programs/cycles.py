# cycle-collection-heavy: many small reference cycles left for the collector
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

found = 0
for i in range(250000):
    a = Node(i)
    b = Node(i)
    a.peer = b
    b.peer = a
    if i % 1000 == 0:
        found += gc.collect()
print(found + gc.collect() >= 0)
