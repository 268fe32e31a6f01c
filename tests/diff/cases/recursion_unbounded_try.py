# Unbounded recursion whose every call sits inside try/except and a for loop: CPython's
# RecursionError at its limit of 1000, caught by no handler here (issue #11)
def down(n):
    for x in [1]:
        try:
            return down(n + x)
        except ValueError:
            return -1

print(down(0))
