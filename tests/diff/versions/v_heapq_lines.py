# Traceback entries of heapq.nlargest/nsmallest (Lib/heapq.py functions) name the line running:
# the n == 1 shortcut, len(), sorted(), the first n through a comprehension (3.11: a <listcomp>
# frame of its own), heapify, the loop's key call and comparison. 3.14's Lib/heapq.py has both
# functions 14 lines further down (gh-110067: the public max-heap functions above them).
import heapq
def k(x):
    if x == 3: raise ValueError(x)
    return x
class Bad:
    def __len__(self): return 5
    def __iter__(self): return iter([5, 4, 3, 2, 1])
cases = [(1, [5, 4, 3], k), (2, [5, 4, 3, 2, 1], k), (10, [5, 4, 3], k), (2, Bad(), k), (2, [3, 4, 5, 6], k), (3, [5, 4, 6, 3], k)]
for f in (heapq.nlargest, heapq.nsmallest):
    print(f.__name__, f.__code__.co_firstlineno)
    for n, data, key in cases:
        try:
            f(n, data, key=key)
        except ValueError as e:
            tb = e.__traceback__.tb_next
            lines = []
            while tb is not None:
                lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
            print(n, lines)
    for n, data in [(1, [object(), 1]), (2, [5, 'a', 3, 2, 1]), (2, [5, 4, 'a', 2, 1]), (10, [1, 'a'])]:
        try:
            f(n, data)
        except TypeError as e:
            tb = e.__traceback__.tb_next
            lines = []
            while tb is not None:
                lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
            print(n, lines)
