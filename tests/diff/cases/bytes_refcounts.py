# bytes made at run time are counted objects (not tracked by the collector); b'' and one-byte
# values are shared; sys.getsizeof is 33 + len.
import sys, gc

b = bytes([1, 2, 3])
print(sys.getrefcount(b), gc.is_tracked(b), sys.getsizeof(b), sys.getsizeof(b * 10), sys.getsizeof(bytes(100)))
held = [b, b, (b,)]
print(sys.getrefcount(b))
d = {b: b}
print(sys.getrefcount(b))
del held, d
print(sys.getrefcount(b))
e = 'hello'.encode()
s = e[1:4]
print(sys.getrefcount(e), sys.getrefcount(s), s)
one = b'abc'[0:1]
print(one is b'abc'[:1], one is bytes([97]), bytes(b) is b, b[:] is b, (b + b'') is b, (b'' + b) is b, b * 1 is b)
empty = bytes()
print(empty is b'', b'x'[5:] is b'', (b * 0) is empty)


class Holder:
    def __init__(self, data):
        self.data = data


h = Holder(b + b'!')
print(sys.getrefcount(h.data), h.data, gc.is_tracked(h))
del h
print(gc.collect())
