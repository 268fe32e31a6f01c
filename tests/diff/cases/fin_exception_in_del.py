class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("in __del__ of", self.name)
        raise ValueError("oops from " + self.name)

b = Bad("one")
del b
print("program continues")
lst = [Bad("x"), Bad("y")]
lst = None
print("still running")
try:
    c = Bad("z")
    del c
    print("no exception propagated")
except ValueError:
    print("never printed")
