import math

vals = [0.5, 1.0, 2.0, 3.7, 10.0, 123.456, 1e-5, 1e10]
print([math.sqrt(v) for v in vals])
print([math.log(v) for v in vals])
print([math.exp(v) for v in vals[:6]])
print([math.log2(v) for v in vals], [math.log10(v) for v in vals])
print([round(math.sin(v), 12) for v in vals[:5]], [round(math.cos(v), 12) for v in vals[:5]])
print(math.atan2(1, 1), math.atan(1), math.asin(0.5), math.acos(0.5), math.tanh(0.5))
print(math.hypot(3, 4, 12), math.hypot(1.1, 2.2), math.hypot(1e200, 1e200), math.hypot(), math.hypot(-7))
print(math.dist([1, 2, 3], [4, 6, 8]), math.dist((0.1, 0.2), (0.3, 0.4)))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([0.1] * 7), math.fsum(range(10)))
print(math.fsum([1, 1e-16, 1e-16]), sum([1, 1e-16, 1e-16]))
print(math.factorial(30), math.comb(52, 5), math.perm(10), math.perm(10, 3), math.comb(100, 50))
print(math.isqrt(2**100 + 1), math.isqrt(99), math.isqrt(0), math.gcd(2**64, 6**30), math.gcd(), math.lcm(3, 4, 5), math.lcm())
print(math.log(2**1000), math.log2(2**1000), math.log10(10**400), math.log(10**400, 10))
print(math.floor(3.999), math.ceil(-0.5), math.trunc(2.7), math.floor(-0.0), type(math.floor(2.0)).__name__)
print(math.floor(1e20), math.ceil(-1e20), math.trunc(1e300) == int(1e300))
print(math.modf(3.25), math.modf(-2.5), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.remainder(5, 2), math.copysign(3, -1e-300))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.isfinite(1e308), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.degrees(1), math.radians(90), math.prod(range(1, 11)), math.prod([1.5, 2], start=2), math.e ** 2 == math.exp(2))
class Num:
    def __index__(self):
        return 6
    def __float__(self):
        return 2.5
print(math.factorial(Num()), math.sqrt(Num()), math.gcd(Num(), 4))
