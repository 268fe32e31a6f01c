# method-call-heavy: small objects calling each other
class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self

    def value(self):
        return self.n

c = Counter()
for i in range(1600000):
    c.add(i).add(1)
print(c.value())
