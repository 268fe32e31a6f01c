import sys

keep = []

def make():
    return [1, 2]

def identity(x):
    return x

def stash(x):
    keep.append(x)
    return x

a = make()
print("made:", sys.getrefcount(a))
b = identity(a)
print("identity kept:", sys.getrefcount(a))
identity(a)
print("result discarded:", sys.getrefcount(a))
stash(a)
print("stashed:", sys.getrefcount(a))
c = stash(stash(a))
print("stashed twice more and bound:", sys.getrefcount(a))
keep.clear()
print("registry cleared:", sys.getrefcount(a))
del b, c
print("final:", sys.getrefcount(a))
