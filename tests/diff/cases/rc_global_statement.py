import sys

shared = None

def install(obj):
    global shared
    shared = obj

def uninstall():
    global shared
    shared = None

thing = [1, 2, 3]
print("start:", sys.getrefcount(thing))
install(thing)
print("installed globally:", sys.getrefcount(thing), shared is thing)
install(thing)
print("installed again:", sys.getrefcount(thing))
uninstall()
print("uninstalled:", sys.getrefcount(thing))
def counter():
    global total
    total = total + 1
total = 0
for i in range(5):
    counter()
print("total:", total)
