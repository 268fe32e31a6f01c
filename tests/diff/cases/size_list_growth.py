# A list's capacity as it grows by append and shrinks by pop, insert and remove (list_resize).
import sys


def slots(l):
    return (sys.getsizeof(l) - 56) // 8


grow = []
seen = []
for i in range(70):
    grow.append(i)
    if not seen or seen[-1] != slots(grow):
        seen.append(slots(grow))
print("append steps:", seen)

shrink = []
while grow:
    grow.pop()
    if not shrink or shrink[-1] != slots(grow):
        shrink.append(slots(grow))
print("pop steps:", shrink)

front = list(range(20))
out = []
for _ in range(15):
    front.pop(0)
    out.append(slots(front))
print("pop(0):", out)

ins = []
out = []
for i in range(12):
    ins.insert(0, i)
    out.append(slots(ins))
print("insert:", out)
for v in list(ins):
    ins.remove(v)
    out.append(slots(ins))
print("remove:", out)

one = [1]
one.pop()
print("popped empty keeps a slot:", slots(one), sys.getsizeof(one))
one.extend((1, 2, 3))
print("then extended:", slots(one))
two = [1]
two.remove(1)
two.extend((1, 2, 3))
print("removed to empty clears:", slots(two))
