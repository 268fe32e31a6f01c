for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print("for", i)
else:
    print("not printed")
for i in range(3):
    pass
else:
    print("for-else runs, i =", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else, n =", n)
while True:
    n -= 1
    if n == 0:
        break
print("after while, n =", n)
for ch in "ab":
    for num in range(3):
        if num == 1:
            break
        print(ch, num)
found = None
for x in [4, 6, 9, 10]:
    if x % 3 == 0 and x % 2 == 1:
        found = x
        break
print("found", found)
