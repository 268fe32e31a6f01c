print("never printed")
n = 3
while n > 0:
    n -= 1
    if n == 1:
        print("one")
if n == 0:
    break
print("done")
print("end")
