import random

random.seed(77)
print([round(random.uniform(10, 20), 9) for _ in range(3)])
print([round(random.gauss(0, 1), 9) for _ in range(4)])
print([round(random.gauss(100, 15), 9) for _ in range(3)])
print([round(random.normalvariate(5, 2), 9) for _ in range(3)])
print([round(random.expovariate(1.5), 9) for _ in range(3)])
print([round(random.triangular(0, 10, 3), 9) for _ in range(3)], round(random.triangular(), 9))
print(random.choices(range(5), k=10))
print(random.choices("xyz", weights=[1, 0, 5], k=10))
print(random.choices(["lo", "mid", "hi"], cum_weights=[10, 60, 100], k=8))
print(random.choices([1, 2, 3], weights=[0.5, 0.25, 0.25], k=6))
