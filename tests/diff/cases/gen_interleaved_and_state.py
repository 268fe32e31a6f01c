def letters():
    for c in "abc":
        yield c

def numbers():
    n = 0
    while n < 3:
        yield n
        n += 1

def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)

print(list(interleave(letters(), numbers(), iter([10, 20]))))
z = zip(letters(), numbers())
print(list(z))
print(list(map(lambda p: p * 2, numbers())), list(filter(None, numbers())))
print(dict(enumerate(letters())))
e = enumerate(numbers(), 1)
print(next(e), list(e))
g = numbers()
print(g.gi_running, g.gi_suspended, g.gi_frame is not None)
for x in g:
    print(x, g.gi_suspended, g.gi_running)
print(g.gi_frame, g.gi_suspended)
print(list(reversed(list(letters()))), sorted(numbers(), reverse=True))
print("ab" in "".join(letters()), 2 in numbers(), 7 in numbers())
a, b, c = letters()
print(a, b, c)
first, *rest = numbers()
print(first, rest)
