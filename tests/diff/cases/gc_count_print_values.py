# print of a str, an int, a list, a tuple and an instance with __str__, after full collections
import gc
class A:
    def __str__(self):
        return 'an A'
class B:
    pass
inst = A()
plain = B()
lst = [1, 2]
print('warm')
gc.collect(); a = gc.get_count(); print('text'); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); print(12345); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); print(lst); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); print(lst); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); print((1, 2)); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); print(inst); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); print(inst, inst, lst); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); print(plain is None, 1.5, f'{3}'); b = gc.get_count(); print(a, b)
