import gc

count = [0]

class Once:
    def __del__(self):
        count[0] += 1
        print("__del__ call number", count[0])
        global revived
        revived = self

gc.collect()
o = Once()
del o
print("revived exists:", revived is not None)
revived = None
print("count after second drop:", count[0])
o = Once()
o.me = o
del o
print("collect:", gc.collect())
revived = None
print("collect after drop:", gc.collect())
print("total calls:", count[0])
