# A dict's table grows when its usable entries run out (insertion_resize), never shrinks on
# deletion, and a deleted entry still uses its slot; unicode-keyed tables are smaller.
import sys

g = sys.getsizeof
d = {}
steps = []
for i in range(60):
    d[i] = i
    if not steps or steps[-1][1] != g(d):
        steps.append((i + 1, g(d)))
print("int keys:", steps)

s = {}
steps = []
for i in range(60):
    s["k%d" % i] = i
    if not steps or steps[-1][1] != g(s):
        steps.append((i + 1, g(s)))
print("str keys:", steps)

for i in range(55):
    del s["k%d" % i]
print("after deleting:", g(s), len(s))
s["new"] = 1
print("one more:", g(s))
s.clear()
print("cleared:", g(s))

churn = {}
for i in range(40):
    churn[i] = i
    if i % 3 == 0:
        del churn[i]
print("churn:", g(churn), len(churn))

mixed = {"a": 1}
print("unicode:", g(mixed))
mixed[1] = 2
print("general after an int key:", g(mixed))
five = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
print(g(five))
five[(1, 2)] = 3
print(g(five))

p = {i: i for i in range(10)}
p.popitem()
p.popitem()
print("popitem:", g(p))
p.setdefault(100, 1)
p.pop(3)
print("setdefault/pop:", g(p))
