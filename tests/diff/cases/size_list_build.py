# How a list was made decides its capacity: displays, comprehensions, list(), sorted(), copies.
import sys


def slots(l):
    return (sys.getsizeof(l) - 56) // 8


x = 7
print("displays:", slots([]), slots([x]), slots([x, x]), slots([x, x, x]), slots([1, 2]), slots([1, 2, 3]), slots([1, 2, 3, 4, 5]))
print("constants:", slots([-1, -2, -3]), slots([(1, 2), (3, 4), (5, 6)]), slots(["a", "b", "c"]), slots([None, True, 1.5, "s", 2]))
print("mixed:", slots([1, 2, x]), slots([[1], 2, 3]), slots([x, 1, 2, 3, 4]))
print("big:", slots([x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]))
print("starred:", slots([*range(5)]), slots([1, *range(5)]), slots([x, *[1, 2, 3], x]), slots([*(1, 2), *(3, 4), *(v for v in range(3))]), slots([*{1: 1}, x, x, x]))
print("comprehensions:", [slots([i for i in range(n)]) for n in range(0, 12)])
print("list():", slots(list()), slots(list(range(7))), slots(list("abcde")), slots(list((1, 2, 3))), slots(list({1, 2, 3})), slots(list({1: 1, 2: 2})))
print("list(iter):", slots(list(iter([1, 2, 3]))), slots(list(v for v in range(5))), slots(list(map(str, range(3)))), slots(list(reversed([1, 2, 3, 4, 5]))), slots(list(zip([1], [2]))))
a = [1, 2, 3, 4, 5]
print("copies:", slots(a[:]), slots(a.copy()), slots(a[1:4]), slots(a[::2]), slots(sorted(a)), slots(sorted("hello")), slots(sorted(v for v in range(7))))
print("operators:", slots(a + a), slots(a * 3), slots(3 * a), slots(a * 0), slots([] * 5), slots([0] * 5))
s = [5, 3, 1]
s.sort()
s.reverse()
print("sort keeps:", slots(s))
print("sizes:", sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(100))))
