# 3.13 specialises a class call (CALL_ALLOC_AND_ENTER_INIT) from the call site's second run: the
# arguments then move into __init__'s frame, without the generic call's tuple.
import sys
class A:
    def __init__(self, item):
        print("init item", sys.getrefcount(item), "self", sys.getrefcount(self))
def main():
    d = {}
    for i in range(6):
        A(d)
main()
d = {}
for i in range(4):
    A(d)
