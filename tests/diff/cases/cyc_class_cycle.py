import gc

gc.collect()
class Temp:
    pass
del Temp
print("class collected:", gc.collect())
class Base:
    pass
class Sub(Base):
    pass
del Base, Sub
print("class hierarchy:", gc.collect())
