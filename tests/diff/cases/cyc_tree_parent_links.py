import gc

class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

gc.collect()
root = Tree()
for i in range(3):
    c = Tree(root)
    for j in range(2):
        Tree(c)
del c
print("nodes reachable: 10")
del root
print("tree collected:", gc.collect())
root = Tree()
Tree(root)
print("while alive:", gc.collect())
del root
print("small tree:", gc.collect())
