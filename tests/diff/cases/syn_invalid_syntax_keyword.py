print("never printed")
items = [1, 2, 3]
total = 0
for i in items:
    total += i
class = "reserved word as a name"
print(total)
print(class)
x = 1
print("end")
