import gc

graveyard = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__ called for", self.name)
        graveyard.append(self)

p = Phoenix("simple")
del p
print("resurrected:", [x.name for x in graveyard])
q = graveyard.pop()
del q
print("second death: no __del__ call again")
print("graveyard:", len(graveyard))
