print("never printed")

class Empty:
    pass

def f():
print("body not indented")

f()
e = Empty()
