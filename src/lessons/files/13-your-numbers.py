# lesson: {"order": 13, "slug": "your-numbers", "title": "Your Python's numbers: 3.11, 3.12, 3.14", "oracle314": true}
# The same five lines print other numbers on another CPython, and each difference has a named
# cause. Run them, then switch Python (beside Run) to 3.12 and 3.14, or press Compare. 3.14 loads
# locals as borrowed references (LOAD_FAST_BORROW): getrefcount in a function reads one less than
# the tutorials' "+1", and a returning function frees its locals last to first. 3.12 prints these
# lines as 3.11 does: its change (PEP 683: None, True and small ints immortal) is in no count they print.
# @14: The local and getrefcount's own argument: 2.
# @15: main's local, inner's parameter and getrefcount's argument: 3.
# @16: main's local, the one-item list, the comprehension's variable and the argument: 4.
# @22: main has returned: its locals went first to last, and each __del__ recorded its name.
# @24: A global read at module level is a new reference in every version: 2.
# [3.12]: These five lines print as in 3.11. To see PEP 683, add print(sys.getrefcount(None)): 3.12 prints the immortal count, 4294967295 on a 64-bit build (RefScope does not count None's references under 3.11, and says so).
# [3.14]: Lines 1 to 4 change; line 5 does not. Press Compare to see each change with the rule that makes it.
# @14 [3.14]: LOAD_FAST_BORROW: the argument is borrowed from the local, so only the local counts: 1.
# @15 [3.14]: Both loads are borrowed — main passes its local on, inner passes its parameter on — so only main's local counts: 1.
# @16 [3.14]: The comprehension's variable is loaded borrowed too: one less, 3.
# @22 [3.14]: A returning frame releases its locals last to first in 3.14: second went before first.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        freed.append(self.name)

def inner(obj):
    return sys.getrefcount(obj)

def main():
    local = []
    print("1. a list in a local variable:", sys.getrefcount(local))
    print("2. the same list, passed on as a parameter:", inner(local))
    print("3. the list as a comprehension's variable:", [sys.getrefcount(item) for item in [local]])
    first = Noisy("first")
    second = Noisy("second")

freed = []
main()
print("4. main's locals, in the order they were freed:", freed)
g = []
print("5. a list in a global variable:", sys.getrefcount(g))
