print("never printed")

def compute(a, b):
    s = a + b
      d = a - b
    return s, d

print(compute(3, 1))
x = 1
y = 2
