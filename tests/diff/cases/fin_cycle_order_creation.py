import gc

class N:
    def __init__(self, name):
        self.name = name
        self.links = []
    def __del__(self):
        print("finalize", self.name)

gc.collect()
nodes = [N(i) for i in range(5)]
for n in nodes:
    n.links.append(nodes[0])
nodes[0].links.extend(nodes[1:])
del n
del nodes
print("collect:", gc.collect())
