print("never printed")
x = 10
y = 20
if x < y:
    print("less")
5 = x
print(x)
z = x + y
print(z)
print("end")
