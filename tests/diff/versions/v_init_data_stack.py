# CALL_ALLOC_AND_ENTER_INIT (3.13) deoptimises to the generic call when the thread's data stack
# chunk has no room for its shim frame and the __init__ frame: such a level costs one Python
# frame, not two, and its arguments are packed in a tuple (two references more while __init__
# runs). Where that happens follows from the frames' sizes (co_framesize).
import sys

tok = object()
R = []
class T:
    def __init__(self, n, tok):
        R.append(sys.getrefcount(tok))
        if n < 250:
            T(n + 1, tok)

T(1, tok)
steps = [R[i] - R[i - 1] for i in range(1, len(R))]
usual = max(set(steps), key=steps.count)
print('usual step', usual, 'others', [(i + 2, s) for i, s in enumerate(steps) if s != usual])

D = 0
class Node:
    def __init__(self, n):
        global D
        if n > D: D = n
        self.next = Node(n + 1)

class Wide:
    def __init__(self, n):
        global D
        a = b = c = d = e = f = g = h = n
        if n > D: D = n
        self.next = Wide(n + 1)

class A:
    def __init__(self, n):
        global D
        D = n
        B(n + 1)
class B(A):
    def __init__(self, n):
        super().__init__(n)

# one call site per class (a site specialised for one class deoptimises for another)
for attempt in range(3):
    D = 0
    try:
        Node(1)
    except RecursionError as e:
        print('Node', attempt, D, e)
for attempt in range(3):
    D = 0
    try:
        Wide(1)
    except RecursionError as e:
        print('Wide', attempt, D, e)
for attempt in range(3):
    D = 0
    try:
        A(1)
    except RecursionError as e:
        print('super', attempt, D, e)
