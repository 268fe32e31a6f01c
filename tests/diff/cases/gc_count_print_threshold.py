# an automatic collection fired from inside print(): with a low threshold, the allocations print
# makes and frees (the bound write method, the memoryview of a raw write) decide when it runs
import gc, sys
sys.stdout.write('y' * 8180)
for k in range(1, 7):
    gc.collect()
    gc.set_threshold(k)
    print('x' * 200)
    c = gc.get_count()
    gc.set_threshold(700)
    print(k, c)
for k in range(1, 7):
    gc.collect()
    gc.set_threshold(k)
    print(k, 'a', [k], flush=True)
    c = gc.get_count()
    gc.set_threshold(700)
    print(k, c)
