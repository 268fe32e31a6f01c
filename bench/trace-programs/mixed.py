# The trace benchmark's default: every line calls, allocates and drops objects.
class Box:
    def __init__(self, v):
        self.v = v

total = 0
items = []
for i in range(250000):
    total += i
    items.append(Box(i % 7))
    if len(items) > 100:
        items = []
print(total)
