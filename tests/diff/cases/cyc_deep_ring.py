import gc

gc.collect()
head = [0]
cur = head
for i in range(1, 200):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
cur.append(head)
del cur, nxt
print("ring alive:", gc.collect())
del head
print("200-list ring:", gc.collect())
