class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

print(P(1) == P(1), P(1) != P(2))
print("hash is None:", P.__hash__ is None)
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)
class Q:
    pass
q1 = Q()
q2 = Q()
print("default eq is identity:", q1 == q2, q1 == q1)
print("default hash usable:", len({q1, q2, q1}))
print(P(3) in [P(1), P(3)], [P(2), P(1)].index(P(1)))
