import sys

def outer():
    data = [1, 2, 3]
    def inner():
        return data
    print("data in outer (cell):", sys.getrefcount(data))
    return inner, data

fn, data = outer()
print("data held by cell and global:", sys.getrefcount(data))
print("inner returns same object:", fn() is data)
fn2, data2 = outer()
print("separate closures:", fn is fn2, data is data2)
print("fn refcount:", sys.getrefcount(fn))
got = fn()
print("after binding result:", sys.getrefcount(data))
del got
del fn
print("fn dropped, cell freed:", sys.getrefcount(data))
def plain():
    local = [0]
    return sys.getrefcount(local)
print("plain local:", plain())
