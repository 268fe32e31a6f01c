import gc

def make_garbage(n):
    for i in range(n):
        x = []
        x.append(x)

gc.collect()
make_garbage(5)
print("five self-lists:", gc.collect())
make_garbage(0)
print("none:", gc.collect())
def nested():
    make_garbage(3)
    return gc.collect()
print("collected inside function:", nested())
