# Containers that grow and shrink in loops, with their sizes along the way.
import sys

g = sys.getsizeof
stack = []
trace = []
for i in range(40):
    if i % 5 == 4:
        stack.pop()
        stack.pop()
    else:
        stack.append(i)
    trace.append(g(stack))
print(trace)

index = {}
trace = []
for i in range(30):
    index["w%d" % i] = [i]
    if i % 4 == 3:
        del index["w%d" % (i - 3)]
    trace.append(g(index))
print(trace, len(index))

seen = set()
trace = []
for i in range(30):
    seen.add(i * 7 % 30)
    if i % 6 == 5:
        seen.discard(i)
    trace.append(g(seen))
print(trace, len(seen))

rows = [[j for j in range(i)] for i in range(6)]
print([g(r) for r in rows], g(rows))
table = {k: list(range(k)) for k in range(8)}
print(g(table), [g(v) for v in table.values()])
