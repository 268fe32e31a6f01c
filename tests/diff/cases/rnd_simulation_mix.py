import random
import sys

# a seeded card game simulation: shuffle, deal, sample, choice over many draws
random.seed(2023)
suits = ["S", "H", "D", "C"]
ranks = list(range(2, 15))
deck = [(r, s) for s in suits for r in ranks]
print(len(deck), sys.getrefcount(deck[0]))
random.shuffle(deck)
print(deck[:6])
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for h in hands:
    print(sorted(h), sum(r for r, s in h))
wins = {name: 0 for name in ["ann", "bob", "cy"]}
for _ in range(500):
    wins[random.choice(["ann", "bob", "cy"])] += 1
print(wins)
rolls = {}
for _ in range(1000):
    total = random.randint(1, 6) + random.randint(1, 6)
    rolls[total] = rolls.get(total, 0) + 1
print(sorted(rolls.items()))
pool = list(range(50))
picked = random.sample(pool, 10)
print(picked, sys.getrefcount(pool))
random.shuffle(pool)
print(pool[:15])
rng = random.Random("players")
team = ["a", "b", "c", "d", "e", "f"]
rng.shuffle(team)
print(team, rng.choices(team, k=4), rng.choices(team, weights=[6, 5, 4, 3, 2, 1], k=4))
walk = 0
path = []
for _ in range(30):
    walk += random.choice([-1, 1])
    path.append(walk)
print(path)
print(round(sum(random.random() for _ in range(10000)) / 10000, 6))
