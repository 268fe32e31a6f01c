# the tuples object.__ne__'s slot wrapper makes for a != b, counted in generation 0
import gc
class A:
    def __eq__(self, o):
        return False
a = A(); b = A()
gc.collect(); gc.disable()
c0 = gc.get_count()[0]
r = a != b
print(gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
r = a != b
r = a != b
print(gc.get_count()[0] - c0)
t = (a, b)
c0 = gc.get_count()[0]
r = a != b
print(gc.get_count()[0] - c0)
