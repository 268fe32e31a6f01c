import sys

def infinite(n):
    return infinite(n + 1) + 1

def finite(n):
    return 0 if n == 0 else finite(n - 1) + 1

print("limit:", sys.getrecursionlimit())
print("finite:", finite(100))
print("starting")
infinite(0)
