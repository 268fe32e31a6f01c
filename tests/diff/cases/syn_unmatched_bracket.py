print("never printed")
a = [1, 2, 3]
b = {"k": a}
c = a[0] + a[1]]
print(c)
d = b["k"]
print(d)
e = len(d)
print(e)
print("end")
