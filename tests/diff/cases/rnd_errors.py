import random

random.seed(3)
for call in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(0, 10, 0),
             lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3),
             lambda: random.sample({1, 2, 3}, 1), lambda: random.getrandbits(-1),
             lambda: random.choices("ab", weights=[1], k=2), lambda: random.choices("ab", weights=[0, 0])]:
    try:
        print("ok", call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(random.randrange(10), random.getrandbits(0))
