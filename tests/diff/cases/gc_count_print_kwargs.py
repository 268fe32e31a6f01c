# print's keyword arguments: sep/end/file/flush, each after a full collection
import gc, sys
print('warm')
gc.collect(); a = gc.get_count(); print(1, 2, sep='-'); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); print(1, end=''); print(); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); print('e', file=sys.stderr); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); print('e', end='', file=sys.stderr); print('f', file=sys.stderr); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); print(1, flush=True); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); print(1); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); print(1, sep=None, end=None, file=None, flush=False); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); print(); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); print(*range(22)); b = gc.get_count(); print(a, b)
