import sys

def show(label, obj):
    print(label, sys.getrefcount(obj))

def take(arg):
    print("inside take:", sys.getrefcount(arg))
    local = arg
    print("with local:", sys.getrefcount(arg))
    return None

def take_many(*args):
    print("inside *args:", sys.getrefcount(args[0]))

def take_kw(**kw):
    print("inside **kw:", sys.getrefcount(kw["o"]))

obj = [1]
print("global:", sys.getrefcount(obj))
take(obj)
print("after take:", sys.getrefcount(obj))
show("via show:", obj)
take_many(obj)
take_kw(o=obj)
print("end:", sys.getrefcount(obj))
