import gc

class Parent(object):
    def __del__(self):
        print("Parent.__del__")

class Child(object):
    pass

gc.collect()
p = Parent()
c = Child()
p.child = c
c.parent = p
vars(p)
vars(c)
del p, c
print("collected: %d" % gc.collect())
print("garbage: " + ", ".join(sorted(type(o).__name__ for o in gc.garbage)))
