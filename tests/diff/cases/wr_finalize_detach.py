import weakref

class Res:
    pass

def cleanup(tag):
    print("cleanup", tag)

r = Res()
f = weakref.finalize(r, cleanup, "x")
info = f.detach()
print("detached args:", info[2])
print("alive:", f.alive)
print("detach again:", f.detach())
print("peek:", f.peek())
del r
print("no cleanup after detach")
r2 = Res()
f2 = weakref.finalize(r2, cleanup, "y")
f2.atexit = False
print("atexit flag:", f2.atexit)
del r2
