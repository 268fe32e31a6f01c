import weakref

class Res:
    def __init__(self, name):
        self.name = name

def release(name, note="done"):
    print("release", name, note)

r = Res("r1")
f = weakref.finalize(r, release, "r1", note="auto")
print("alive:", f.alive)
print("peek args:", f.peek()[2], f.peek()[3])
del r
print("alive after del:", f.alive)
print("calling again returns:", f())
r2 = Res("r2")
f2 = weakref.finalize(r2, release, "r2")
print("manual call result:", f2())
print("alive after manual:", f2.alive)
del r2
print("end")
