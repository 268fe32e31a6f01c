import math

tests = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.exp(1000),
         lambda: math.factorial(2.5), lambda: math.factorial(-3), lambda: math.isqrt(-1), lambda: math.comb(-1, 2),
         lambda: math.floor(math.inf), lambda: math.floor(math.nan), lambda: math.sqrt("4"), lambda: math.acos(2),
         lambda: math.pow(0, -1), lambda: math.log(10, 1), lambda: math.fmod(1, 0), lambda: math.sqrt(10**400),
         lambda: math.dist([1], [1, 2]), lambda: math.fsum([math.inf, -math.inf]), lambda: math.gcd(1.5, 2)]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(math.fsum([math.inf, 1]), math.nan == math.nan, math.isnan(math.inf - math.inf))
