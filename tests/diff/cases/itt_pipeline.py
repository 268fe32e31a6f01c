# an itertools pipeline: lazily chained stages, each holding the one before
import itertools
import operator
import sys

data = [3, 8, 1, 9, 4, 7, 2]
print("start:", sys.getrefcount(data))
stage = itertools.islice(itertools.dropwhile(lambda v: v < 5, data), 4)
print("pipeline holds data:", sys.getrefcount(data))
print(list(stage), "exhausted:", sys.getrefcount(data))
print(list(itertools.accumulate(data, operator.add)))
print(list(itertools.starmap(operator.mul, itertools.pairwise(data))))
print(list(itertools.compress(data, itertools.cycle([1, 0]))))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted(data), key=lambda v: v % 3)])
print(list(itertools.zip_longest(data[:3], "ab", fillvalue="?")))
print(list(itertools.filterfalse(None, [0, 1, "", "x", None])), list(itertools.takewhile(bool, [2, 1, 0, 3])))
evens, odds = itertools.tee(data)
print(list(itertools.islice(evens, 0, None, 2)), list(itertools.islice(odds, 1, None, 2)))
print(repr(itertools.count(3)), repr(itertools.repeat("z")), type(itertools.chain()).__name__)
