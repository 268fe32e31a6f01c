# lesson: {"order": 6, "slug": "registry", "title": "Leaks through a global registry"}
# A module-level list lives as long as the program. Anything appended to it stays reachable —
# the collector cannot help, because nothing is garbage: it is all still referenced. The cure is to
# remove entries when you are done with them (or to hold them weakly, next lesson).
# @15: load_plugins() has returned, its locals are gone, yet both plugins are alive.
# @16: gc.collect() finds nothing: a reachable object is not garbage.
# @18: Removing the registry's reference frees the plugin at once.
# @16 [3.13+]: Here Python 3.13 and later report a few objects: garbage that importing weakref left behind, none of it this program's.
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
