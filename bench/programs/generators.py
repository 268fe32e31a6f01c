# Generator-heavy: pipelines of generator functions, generator expressions into builtins,
# send() coroutines, yield from delegation, and generators dropped unfinished. Deterministic.
import gc


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def squares(xs):
    for x in xs:
        yield x * x


def chunked(xs, size):
    chunk = []
    for x in xs:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return count
        total += v
        count += 1
        avg = total / count


def tree(depth):
    if depth == 0:
        yield depth
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        pass


total = 0
for rnd in range(6):
    total += sum(squares(evens(numbers(20000))))
    total += sum(len(c) for c in chunked(numbers(5000), 7))
    total += sum(x * 3 for x in range(20000) if x % 3)
print("pipelines", total)

a = averager()
next(a)
last = 0
for i in range(30000):
    last = a.send(i % 101)
try:
    a.send(None)
except StopIteration as e:
    print("averager", round(last, 6), e.value)

print("tree", sum(tree(12)), len(list(tree(10))))

dropped = 0
for i in range(4000):
    g = guarded(10)
    next(g)
    next(g)
    dropped += 1
    del g
print("dropped", dropped)
print("max", max(x % 977 for x in numbers(30000)), min(-x for x in numbers(30000)))
print("collect", gc.collect())
