# Set displays (a constant frozenset merged in for three or more constants), set() from sets,
# dicts and other iterables, frozenset, comprehensions; and the iteration order that follows.
import sys

g = sys.getsizeof
x = 1
print("displays:", g(set()), g({x}), g({x, 2}), g({1, 2, 3}), g({1, 2, 3, 4, 5, 6}), g({x, 2, 3, 4, 5, 6}))
print("big constant:", g({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}))
print("set():", g(set(range(5))), g(set([1, 2, 3, 4, 5, 6])), g(set("abcdef")))
c = {i for i in range(6)}
print("from a set:", g(c), g(c.copy()), g(set(c)), g(frozenset(c)), g(set({i: i for i in range(6)})))
print("frozenset:", g(frozenset()), g(frozenset([1, 2, 3])), g(frozenset(range(10))))
f = frozenset([1, 2])
print("frozenset(f) is f:", frozenset(f) is f, f.copy() is f)
print("orders:", list({8, 16, 24, 0}), list({x * 8, 16, 24, 0}), list(set([40, 8, 32])), list({-1, -2, 7, 15}))
u = set()
u.update([1, 2, 3, 4, 5, 6, 7])
print("update:", g(u))
u.update({10, 11, 12})
print(g(u))
u.update({20: 1, 21: 2})
print(g(u))
