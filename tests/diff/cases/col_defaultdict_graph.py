# defaultdict(list) adjacency lists, a factory holding a closure, and a cycle through the dict
import gc
import sys
from collections import defaultdict
gc.collect()

graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].append(b)
print(graph)
print(sorted(graph), graph.default_factory is list, 4 in graph, graph.get(4))
made = []
def factory():
    made.append(1)
    return []
d = defaultdict(factory)
d["x"].append(d)
print("factory calls:", len(made), "refcount of d:", sys.getrefcount(d))
print(repr(defaultdict(None)), type(d.copy()).__name__)
del d
print("collected:", gc.collect())
counts = defaultdict(int)
for w in "to be or not to be".split():
    counts[w] += 1
print(dict(counts), counts == {"to": 2, "be": 2, "or": 1, "not": 1})
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
