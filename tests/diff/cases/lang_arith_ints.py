print(2 ** 100)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // 10 ** 20, f % 1000003)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(abs(-12), abs(3 - 10), -(-5))
print(10 / 4, 9 / 3, 1 / 3)
print(2 ** -1, 2 ** 0, (-2) ** 3, -2 ** 2)
print(7 & 3, 7 | 8, 7 ^ 2, ~5, 1 << 70, 2 ** 70 >> 68)
print(int("42") + 1, int("-17"), int(3.99), int(-3.99), int("ff", 16))
print(True + True, True * 10, False - 1, sum([True, False, True]))
print(3 * "ab", [0] * 3, (1,) * 2)
print(12345678901234567890 * 98765432109876543210)
print(2 ** 10, 3 ** 4 % 5, round(2.5), round(3.5), round(-2.5))
