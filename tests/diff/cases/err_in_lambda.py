ops = {
    "double": lambda x: x * 2,
    "inverse": lambda x: 1 / x,
    "neg": lambda x: -x,
}
print("operations:", sorted(ops))
for name in ["double", "neg", "inverse"]:
    for value in [4, 2, 0]:
        print(name, value, "->", ops[name](value))
print("never printed")
