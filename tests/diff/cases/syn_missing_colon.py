print("this line never runs: the file does not compile")
values = [3, 1, 2]
total = 0
for v in values:
    total += v
print(total)

def broken(x)
    return x * 2

print(broken(4))
