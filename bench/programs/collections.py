# collections-heavy: deque queues, defaultdict/Counter tallies, an OrderedDict LRU, namedtuples,
# heapq, itertools and lru_cache. Deterministic.
import heapq
import itertools
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from functools import lru_cache

Edge = namedtuple("Edge", "src dst w")
N = 400
edges = [Edge(i % N, (i * 7 + i // N + 3) % N, (i * 13) % 17 + 1) for i in range(N * 4)]
graph = defaultdict(list)
for e in edges:
    graph[e.src].append(e)

def bfs(start):
    seen = {start}
    q = deque([start])
    while q:
        u = q.popleft()
        for e in graph[u]:
            if e.dst not in seen:
                seen.add(e.dst)
                q.append(e.dst)
    return len(seen)

def dijkstra(start):
    dist = {start: 0}
    heap = [(0, start)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for e in graph[u]:
            nd = d + e.w
            if nd < dist.get(e.dst, 1 << 30):
                dist[e.dst] = nd
                heapq.heappush(heap, (nd, e.dst))
    return sum(dist.values())

class LRU:
    def __init__(self, size):
        self.size = size
        self.od = OrderedDict()
        self.hits = 0
    def get(self, k):
        if k in self.od:
            self.od.move_to_end(k)
            self.hits += 1
            return self.od[k]
        v = k * k
        self.od[k] = v
        if len(self.od) > self.size:
            self.od.popitem(last=False)
        return v

@lru_cache(maxsize=256)
def collatz(n):
    return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)

print("bfs:", [bfs(s) for s in range(0, N, 80)])
print("dijkstra:", [dijkstra(s) for s in range(0, 10)])
lru = LRU(80)
total = 0
for i in range(20000):
    total += lru.get((i * i) % 97)
print("lru:", total, lru.hits)
words = ["w%d" % ((i * i) % 53) for i in range(8000)]
c = Counter(words)
print("counter:", c.most_common(3), len(c))
window = deque(maxlen=50)
acc = 0
for i in range(20000):
    window.append(i % 37)
    acc += window[0]
print("window:", acc)
print("collatz:", max(collatz(n) for n in range(1, 3000)), collatz.cache_info().hits > 0)
pairs = sum(1 for a, b in itertools.combinations(range(120), 2) if (a + b) % 7 == 0)
print("pairs:", pairs, sum(itertools.accumulate(range(1000))))
