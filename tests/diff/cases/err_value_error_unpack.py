pairs = [(1, 2), (3, 4), (5, 6, 7)]
total = 0
for a, b in pairs:
    print("pair", a, b)
    total += a * b
    print("running total", total)
print("done")
x, y = [1, 2]
print(x, y)
print("unreachable", x)
