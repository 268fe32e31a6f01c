def average(xs):
    return sum(xs) / len(xs)

def report(name, xs):
    print(name, "count", len(xs))
    print(name, "avg", average(xs))

report("first", [1, 2, 3, 4])
report("single", [10])
print("ratio:", 7 // 2, 7 % 2)
report("empty", [])
print("never printed")
