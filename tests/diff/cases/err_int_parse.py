values = ["10", " 20 ", "-5", "x30", "40"]
total = 0

def parse(v):
    print("parsing", repr(v))
    return int(v)

for v in values:
    total += parse(v)
    print("total so far", total)
print(total)
