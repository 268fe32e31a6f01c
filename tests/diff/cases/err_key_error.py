stock = {"apple": 3, "pear": 0}
for fruit in sorted(stock):
    print(fruit, stock[fruit])
stock["fig"] = 9
print("fig added")

def lookup(name):
    print("looking up", name)
    return stock[name]

print("apple:", lookup("apple"))
print("plum:", lookup("plum"))
