# the first print() of a program passes keywords; no collection before
import gc, sys
gc.get_count()
a = gc.get_count()[0]; print('first', 'x', sep='-', end='\n', flush=False); b = gc.get_count()[0]
print(b - a)
a = gc.get_count()[0]; print('err', file=sys.stderr); b = gc.get_count()[0]
print(b - a)
