counter = 0

def read():
    return counter

def bump():
    counter += 1
    return counter

print("counter:", counter, read())
bump()
