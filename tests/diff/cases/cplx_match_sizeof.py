import sys

def kind(v):
    match v:
        case 0j:
            return "complex zero"
        case 1 + 2j:
            return "one plus two j"
        case complex(real=r, imag=0):
            return "real-valued complex %r" % r
        case complex(imag=i) if i < 0:
            return "below the axis"
        case complex():
            return "some complex"
        case _:
            return "not complex"

for v in [0j, 0, 1 + 2j, complex(3), 2 - 5j, 3j, 2.5]:
    print(repr(v), kind(v))
print(sys.getsizeof(1j), [z * 1j for z in range(3)], sum([1j, 2, 3.5]))
pts = {(1+1j): "a", (2-1j): "b"}
print(pts[1+1j], 1+1j in pts, sorted(pts.values()))
print(abs(-3j), abs(complex(-3, 4)), round(abs(1 + 1j), 6))
