import weakref

class Res:
    pass

def done(tag):
    print("finalize", tag)

a = Res()
fins = [weakref.finalize(a, done, i) for i in range(3)]
print("three finalizers on one object")
del a
print("after del")
b = Res()
c = Res()
weakref.finalize(b, done, "b")
weakref.finalize(c, done, "c")
pair = [b, c]
del b, c
pair = None
print("pair freed")
