import gc
import weakref

_registry = []

class Plugin:
    def __init__(self, name):
        self.name = name
        _registry.append(self)

def load_plugins():
    return [weakref.ref(Plugin("alpha")), weakref.ref(Plugin("beta"))]

probes = load_plugins()
print("alive:", [p() is not None for p in probes])
print("gc.collect():", gc.collect())
_registry.remove(probes[0]())
print("after removing alpha:", [p() is not None for p in probes])
