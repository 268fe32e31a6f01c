import sys

print("default limit:", sys.getrecursionlimit())
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)
print("depth 500:", down(500))
sys.setrecursionlimit(200)
print("new limit:", sys.getrecursionlimit())
try:
    down(500)
except RecursionError as e:
    print("RecursionError:", e)
print("depth 100 still fine:", down(100))
sys.setrecursionlimit(1000)
print("restored:", sys.getrecursionlimit())
