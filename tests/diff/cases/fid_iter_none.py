# a class that sets __iter__ = None is declared not iterable
class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError
print(list(Seq()))
for make in (lambda: iter(NotIterable()), lambda: list(NotIterable())):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
try:
    for x in NotIterable():
        print(x)
except TypeError as e:
    print("TypeError:", e)
