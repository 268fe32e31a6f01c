import gc

print("default threshold:", gc.get_threshold())
gc.set_threshold(100)
print("set one value:", gc.get_threshold())
gc.set_threshold(100, 5)
print("set two values:", gc.get_threshold())
gc.set_threshold(200, 20, 30)
print("set three values:", gc.get_threshold())
gc.set_threshold(700, 10, 10)
print("restored:", gc.get_threshold())
print("enabled:", gc.isenabled())
