import gc

class Node:
    def __init__(self, i):
        self.i = i
        self.next = None

def ring(n):
    nodes = [Node(i) for i in range(n)]
    for i in range(n):
        nodes[i].next = nodes[(i + 1) % n]
    return nodes[0]

gc.collect()
for n in [1, 2, 3, 5, 10]:
    head = ring(n)
    del head
    print("ring of", n, "->", gc.collect())
