print("never printed")

def compute(n):
    total = 0
    for i in range(n):
        total += i
  return total

print(compute(5))
z = 3
