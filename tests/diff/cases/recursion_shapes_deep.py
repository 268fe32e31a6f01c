# Recursion 990 levels deep through try, for, a method, mutual calls, keywords, a closure (and
# 490 through a decorator's wrapper, 2 frames a level): the page must reach these as CPython does (issue #11)

# try_except
def f(n, step):
    if n == 0:
        return 0
    try:
        return 1 + f(n + step, step)
    except ValueError:
        return -1

print(f(990, -1))

# for_loop
def f(n, step):
    if n == 0:
        return 0
    for x in [1]:
        return x + f(n + step, step)

print(f(990, -1))

# method
class A:
    def f(self, n, step):
        if n == 0:
            return 0
        return 1 + self.f(n + step, step)

print(A().f(990, -1))

# mutual
def f(n, step):
    if n == 0:
        return 0
    return 1 + g(n + step, step)

def g(n, step):
    if n == 0:
        return 0
    return 1 + f(n + step, step)

print(f(990, -1))

# keywords
def f(n, step=1):
    if n == 0:
        return 0
    return 1 + f(n=n + step, step=step)

print(f(990, step=-1))

# closure
def outer(step):
    def f(n):
        if n == 0:
            return 0
        return 1 + f(n + step)
    return f

print(outer(-1)(990))

# decorated
def deco(fn):
    def wrapper(*args, **kw):
        return fn(*args, **kw)
    return wrapper

@deco
def f(n, step):
    if n == 0:
        return 0
    return 1 + f(n + step, step)

print(f(490, -1))
