print("never printed")
count = 0

def inc():
    global count
    count += 1

inc()
nonlocal other
print(count)
