# lesson: {"order": 2, "slug": "getrefcount", "title": "Why sys.getrefcount reads one more"}
# `sys.getrefcount(x)` reports x's count *while it is being called* — and the call itself holds a
# reference: the argument. So a list held by one name reads 2. Step at the "reference" grain to
# see the temporary reference appear while getrefcount runs, and vanish right after.
# predict: 3, 4, 7, 10
# @3: One name, one reference... but getrefcount's own argument makes it 2.
# @4: A brand-new list passed straight in: only the argument holds it, so 1.
# @7: Inside a function: the caller's name, the parameter, and the argument: 3.
# [3.14]: Python 3.14 reads one less inside functions: a local or parameter is loaded as a borrowed reference (LOAD_FAST_BORROW), so getrefcount's argument adds nothing there. At module level it still reads one more.
# @7 [3.14]: The argument is borrowed from the parameter: x's name and the parameter make 2.
import sys
x = []
print("one name:", sys.getrefcount(x))
print("no name at all:", sys.getrefcount([]))

def show(obj):
    print("inside show():", sys.getrefcount(obj))

show(x)
print("back outside:", sys.getrefcount(x))
