# Recursion deeper than the page's engine worker's JavaScript stack holds: through a generator
# expression under sum(), a list comprehension, a try/finally and a while loop that are not the
# function's last statement, a chain of yield from, and unbounded through a generator expression
# to CPython's RecursionError. The page makes such a run again on its own thread, whose stack is
# larger, and prints what CPython prints (issue #11).

def via_genexpr(n):
    if n == 0:
        return 0
    return 1 + sum(via_genexpr(n - 1) for _ in [1])

print(via_genexpr(480))

def via_listcomp(n):
    if n == 0:
        return 0
    return 1 + [via_listcomp(n - 1) for _ in [1]][0]

print(via_listcomp(490))

def via_finally(n):
    if n == 0:
        return 0
    try:
        r = 1 + via_finally(n - 1)
    finally:
        n = None
    return r

print(via_finally(990))

def via_while(n):
    k = 0
    while n != 0:
        k = 1 + via_while(n - 1)
        break
    return k

print(via_while(990))

def chain(n):
    yield n
    if n != 0:
        yield from chain(n - 1)

print(sum(chain(990)))

# unbounded through a generator expression: CPython's RecursionError, at CPython's depth
D = 0
def unbounded(n):
    global D
    if n > D:
        D = n
    return 1 + sum(unbounded(n + 1) for _ in [1])

try:
    unbounded(1)
except RecursionError as e:
    print('RecursionError', e)
print(D)
