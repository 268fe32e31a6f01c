# gc.get_count() when the first line runs: CPython's start-up leaves (249, 0, 2)
import gc
print(gc.get_count())
