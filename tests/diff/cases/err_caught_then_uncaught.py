def risky(n):
    if n % 3 == 0:
        raise ValueError("multiple of three: %d" % n)
    return n * 10

for n in range(1, 5):
    try:
        print(risky(n))
    except ValueError as e:
        print("caught", type(e).__name__, e)
print("now without a handler")
risky(6)
