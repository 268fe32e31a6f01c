import weakref

class Big:
    def __init__(self):
        self.data = list(range(1000))

handlers = []

def register():
    big = Big()
    size = len(big.data)
    def handler():
        return len(big.data)
    handlers.append(handler)
    return weakref.ref(big)

r = register()
print("captured by closure:", r() is not None)
print("handler result:", handlers[0]())
handlers.clear()
print("released:", r() is None)
def register_fixed():
    big = Big()
    size = len(big.data)
    handlers.append(lambda: size)
    return weakref.ref(big)
r2 = register_fixed()
print("only size captured:", r2() is None, handlers[0]())
