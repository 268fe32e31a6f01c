a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 == True, 1 < 2 < 3 < 2)
print([1, 2] == [1, 2], [1, 2] is [1, 2], (1, 2) < (1, 3), [1, 2] < [1, 2, 0])
print("abc" < "abd", "Z" < "a", "" < "a")
x = [1]
y = x
print(x is y, x is not y, x == y, None is None)
print(1 in [1, 2], 3 not in [1, 2], "ell" in "hello", "k" in {"k": 1})
print(not 0, not [], not [0], bool(""), bool("0"), bool(0.0), bool(None))
print(0 or "default", 5 and 6, [] and 1, None or [] or 0)
print("yes" if a < b else "no", "yes" if not a else "no")
print({1, 2} == {2, 1}, {"a": 1} == {"a": 1.0}, 1 == 1.0)
print(max([3, 1, 4]), min("hello"), 2 != 2.0)
