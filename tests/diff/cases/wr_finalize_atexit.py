import weakref

class Res:
    def __init__(self, name):
        self.name = name

def report(name):
    print("finalizer at exit:", name)

keep = []
for n in ["first", "second", "third"]:
    r = Res(n)
    keep.append(r)
    weakref.finalize(r, report, n)
skip = Res("skipped")
fs = weakref.finalize(skip, report, "skipped")
fs.atexit = False
keep.append(skip)
del r
print("end of main")
