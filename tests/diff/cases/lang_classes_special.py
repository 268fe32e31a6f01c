class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
    def __lt__(self, other):
        return self.cents < other.cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __len__(self):
        return self.cents

a = Money(150)
b = Money(150)
c = Money(99)
print(a, str(a), repr(a), [a, c], (a,), {"k": a})
print(f"{a} {a!r}", "%s %r" % (a, a))
print(a == b, a is b, a != c, len({a, b, c}), a in [b])
print(sorted([a, c, Money(5)]), a + c, len(c))
counts = {a: "first"}
counts[b] = "second"
print(counts)
print(min(a, c), max([a, c]))
