import weakref

class Service:
    instances = []
    def __init__(self, name):
        self.name = name
        Service.instances.append(self)

def use():
    s = Service("short-lived")
    return weakref.ref(s)

r = use()
print("kept by class attribute:", r() is not None)
print("instances:", [s.name for s in Service.instances])
Service.instances = []
print("released:", r() is None)
