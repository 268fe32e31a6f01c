print(int("  42  "), int("-0"), int("1_000"), int("0x1f", 16), int("101", 2))
print(str(-0), str(10 ** 30), repr(2 ** 64))
print(float("3"), int(float("2.9")), round(1234.5678, -2), round(7.0))
print(f"{255:#x} {8:#o} {10:#b}", abs(-0.0))
print(len(str(2 ** 1000)), str(2 ** 1000)[:10])
print(10 ** 20 // 3, 10 ** 20 % 7, -(10 ** 20) // 7)
print(max(10 ** 20, 10 ** 19), (10 ** 20) == (10 ** 20), 2 ** 63 - 1)
try:
    int("12.5")
except ValueError as e:
    print("ValueError:", e)
try:
    int("")
except ValueError as e:
    print("ValueError:", e)
