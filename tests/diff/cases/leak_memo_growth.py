import sys

memo = {}

def fib(n):
    if n in memo:
        return memo[n]
    if n < 2:
        result = n
    else:
        result = fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result

print("fib(80):", fib(80))
print("memo size:", len(memo))
print("fib(90):", fib(90))
print("memo size:", len(memo))
memo.clear()
print("cleared:", len(memo))
key = tuple([1, 2])
memo[key] = [0]
print("key refcount:", sys.getrefcount(key))
