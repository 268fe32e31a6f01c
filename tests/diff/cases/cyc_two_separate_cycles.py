import gc

def make_cycle(n):
    items = [[] for i in range(n)]
    for i in range(n):
        items[i].append(items[(i + 1) % n])
    return items[0]

gc.collect()
c1 = make_cycle(3)
c2 = make_cycle(4)
del c1
print("first cycle:", gc.collect())
del c2
print("second cycle:", gc.collect())
c3 = make_cycle(2)
c4 = make_cycle(2)
c3.append(c4)
del c3, c4
print("two linked cycles:", gc.collect())
