z = 1 + 2j
print(z, repr(z), 1j, -1j, 0j, -0j, complex(-0.0, 1), 2j * 3, z * z, z / (3 - 4j), abs(3 + 4j))
print(z.real, z.imag, z.conjugate(), (5).real, (5).imag, (2.5).imag, True.real)
print(z ** 2, z ** -1, (1+1j) ** 0.5, 2 ** (1j), z == 1 + 2j, 1 == complex(1), 2.0 == 2+0j, z != z)
print(complex(), complex(3), complex(1.5, 2), complex("1+2j"), complex(" 3j "), complex("-4"), complex(1j, 1j))
print(hash(1+0j) == hash(1), {1+2j: "a"}[1+2j], bool(0j), bool(1j), type(z).__name__, isinstance(z, complex))
print(1e300j * 1e300j if False else "", (1+2j) - 1, 1 - (1+2j), -z, +z, 1.5j, 1e20j, 1e-5j, (0.1+0.2j))
print(f"{z}", str(z), [z], (1+2j) + (3+4j))
for bad in [lambda: 1j < 2j, lambda: 1j // 2, lambda: 1 / 0j, lambda: 0j ** -1, lambda: complex("x"), lambda: ~1j]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
