# A plain int loop of about 1.8M line steps, for the trace benchmark.
total = 0
for i in range(200000):
    j = 0
    while j < 2:
        total += i * j % 7
        j += 1
print(total)
