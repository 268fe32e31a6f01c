import sys

def f(items, flag):
    if flag:
        val = [1]
    else:
        val = [2]
    print("bound on both branches:", sys.getrefcount(val))
    if flag:
        other = [3]
    print("bound on one branch:", sys.getrefcount(other))
    for it in items:
        last = it
    print("bound in a loop body:", sys.getrefcount(last))
    del val
    val = [4]
    print("rebound after del:", sys.getrefcount(val))

f([[5]], True)
