import gc

saved = []

class F:
    def __del__(self):
        print("finalizing")
        saved.append(self)

gc.collect()
f = F()
print("before:", gc.is_finalized(f))
f.me = f
del f
print("collected:", gc.collect())
print("resurrected:", len(saved))
print("is_finalized:", gc.is_finalized(saved[0]))
saved.clear()
print("second collect:", gc.collect())
print("end")
