import sys

groups = {}

def add(key, item):
    groups.setdefault(key, []).append(item)

item = [0]
for k in ["a", "b", "a", "c", "a"]:
    add(k, item)
print("groups:", sorted((k, len(v)) for k, v in groups.items()))
print("item refcount:", sys.getrefcount(item))
del groups["a"]
print("after removing group a:", sys.getrefcount(item))
groups.clear()
print("after clear:", sys.getrefcount(item))
