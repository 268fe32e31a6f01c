# print(file=obj) calls obj.write for each piece (and obj.flush); a __str__ that prints or raises
# midway: what print wrote before it stays written, in order
import gc
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): self.parts.append('<flush>')
w = W()
print(1, 'a', [2], sep='|', end='.\n', file=w, flush=True)
print(w.parts)
class S:
    def __str__(self):
        print('inner')
        return 'outer'
print('a', S(), 'b')
class E:
    def __str__(self): raise ValueError('no')
try:
    print('before', E())
except ValueError as e:
    print('caught', e)
print(1, file=None)
try:
    print(1, file=3)
except AttributeError as e:
    print(e)
try:
    print(1, foo=2)
except TypeError as e:
    print(e)
try:
    print(1, sep=3)
except TypeError as e:
    print(e)
gc.collect()
a = gc.get_count(); print(2, file=w); b = gc.get_count(); print(a, b)
