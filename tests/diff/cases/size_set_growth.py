# A set's table: 8 slots inside the object, resized when fill reaches 3/5 of it (used * 4),
# deleted slots still count in fill until a resize.
import sys

g = sys.getsizeof
s = set()
steps = []
for i in range(100):
    s.add(i)
    if not steps or steps[-1][1] != g(s):
        steps.append((i + 1, g(s)))
print("add:", steps)
for i in range(95):
    s.discard(i)
print("after discards:", g(s), sorted(s))
s.add(1000)
print(g(s))
s.pop()
print(g(s))
s.clear()
print("clear:", g(s))
churn = set(range(8))
for i in range(100):
    churn.add(1000 + i)
    churn.discard(1000 + i)
print("churn:", g(churn), sorted(churn))
r = {1, 2, 3}
r.remove(2)
print(g(r), r)
