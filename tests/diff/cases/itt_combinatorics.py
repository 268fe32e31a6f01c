# product, permutations and combinations: the pools they hold and the tuples they give
import itertools
import sys

cards = ["A", "K"]
suits = ("s", "h")
p = itertools.product(cards, suits)
print(next(p), list(p))
print(len(list(itertools.product(range(4), repeat=3))))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations(range(5), 3))[-3:])
print(list(itertools.combinations_with_replacement("xy", 2)))
print(list(itertools.permutations([])), list(itertools.combinations("ab", 0)))
box = [0]
pool = [box, box]
print("box:", sys.getrefcount(box))
comb = itertools.combinations(pool, 1)
print("combinations copied the pool:", sys.getrefcount(box))
first = next(comb)
print("result tuple also holds it:", sys.getrefcount(box))
del first
print(list(comb) == [(box,)], sys.getrefcount(box))
del comb
print("after del:", sys.getrefcount(box))
print(sum(1 for _ in itertools.permutations(range(6))))
