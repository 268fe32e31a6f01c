# functools.wraps copies the metadata into the wrapper; total_ordering fills in comparisons
import functools

def logged(fn):
    @functools.wraps(fn)
    def inner(*args):
        print("->", fn.__name__, args)
        return fn(*args)
    return inner

@logged
def scale(x, k=2):
    "Scale x by k."
    return x * k

print(scale(4), scale.__name__, scale.__doc__, scale.__wrapped__ is not scale)
print(sorted(k for k in vars(scale)))

@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)

prices = [Money(250), Money(99), Money(1000), Money(99)]
print(sorted(prices), max(prices), Money(5) >= Money(5), Money(6) > Money(5), Money(4) <= Money(3))
print(functools.reduce(lambda a, b: a if a.cents > b.cents else b, prices))
keyed = sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda x, y: len(y) - len(x)))
print(keyed)
