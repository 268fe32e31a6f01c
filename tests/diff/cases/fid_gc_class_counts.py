# what class statements add to generation 0's count (type_new's hidden allocations)
import gc
gc.collect()
class A:
    pass
x = gc.get_count()
class B:
    pass
y = gc.get_count()
class C(A):
    def method(self):
        return 1
z = gc.get_count()
class D(A):
    pass
w = gc.get_count()
print(x, y, z, w)
