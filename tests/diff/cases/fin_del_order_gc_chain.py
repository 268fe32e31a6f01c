import gc

class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

gc.collect()
root = []
root.append(root)
root.append(R("first"))
root.append(R("second"))
mid = R("mid")
mid.child = R("child")
root.append(mid)
del mid
del root
print("collect:", gc.collect())
