import sys

def f():
    n = 0
    while True:
        cur = [n]
        n += 1
        if n == 2:
            break
    print("after while True:", sys.getrefcount(cur))
    while n < 4:
        other = [n]
        n += 1
    print("after a conditional while:", sys.getrefcount(other))

f()
