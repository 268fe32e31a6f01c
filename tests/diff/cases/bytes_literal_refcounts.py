# A bytes literal is a constant: one object per value in the program, held by the parser's
# arena and by each code object using it, so a name bound to it reads 4, not 2.
import sys

data = b"payload"
print(sys.getrefcount(data))


def again():
    return b"payload"


print(sys.getrefcount(data), again() is data)
pair = (b"ab", b"ab")
print(sys.getrefcount(pair), sys.getrefcount(pair[0]))
made = bytes([104, 105])
print(sys.getrefcount(made), made == b"hi")
