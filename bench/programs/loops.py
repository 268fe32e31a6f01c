# loop-heavy: arithmetic in nested loops
total = 0
for i in range(8000):
    j = 0
    while j < 300:
        total += i * j % 7
        j += 1
print(total)
