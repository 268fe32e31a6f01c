import sys
x = []
print("one name:", sys.getrefcount(x))
print("no name at all:", sys.getrefcount([]))

def show(obj):
    print("inside show():", sys.getrefcount(obj))

show(x)
print("back outside:", sys.getrefcount(x))
