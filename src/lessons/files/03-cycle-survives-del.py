# lesson: {"order": 3, "slug": "cycle", "title": "A reference cycle survives del"}
# Two dicts that point at each other each hold one reference to the other. Deleting both names
# removes two references, but the cycle keeps each count at 1: neither reaches zero, so neither
# is freed. Reference counting alone cannot reclaim a cycle — the graph marks it as leaked until
# the cyclic collector runs.
# @7: Each dict: its name plus the other dict's slot — 2 references (getrefcount shows 3).
# @9: Both names are gone, yet both dicts stay alive: unreachable, still counted.
# @10: The collector finds the cycle: 2 objects.
import sys
import gc
a = {}
b = {}
a["partner"] = b
b["partner"] = a
print("a:", sys.getrefcount(a), "b:", sys.getrefcount(b))
del a, b
print("names gone; the dicts are still alive, each with one reference")
print("gc.collect() found", gc.collect(), "unreachable objects")
