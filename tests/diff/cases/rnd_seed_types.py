import random

for seed in [0, 1, -1, 2**32, 2**32 - 1, 2**64 + 7, 10**50, -(10**20), True, False, "", "a", "hello world", "Grüße ✓", 3.5, -2.25, 0.0]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(20))
r = random.Random()
r.seed(5)
print(r.random())
random.seed(None)
print(type(random.random()).__name__)
