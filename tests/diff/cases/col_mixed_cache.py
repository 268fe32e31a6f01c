# mixing: a word index with defaultdict(set), Counter, deque of recent queries and a namedtuple hit
import gc
import sys
from collections import Counter, defaultdict, deque, namedtuple
gc.collect()

Hit = namedtuple("Hit", "doc score")
docs = {1: "red fish blue fish", 2: "one fish two fish", 3: "red car"}
index = defaultdict(set)
for doc_id, text in docs.items():
    for word in text.split():
        index[word].add(doc_id)
recent = deque(maxlen=2)

def search(word):
    recent.append(word)
    tally = Counter(docs[d].split().count(word) for d in index.get(word, ()))
    hits = [Hit(d, docs[d].split().count(word)) for d in sorted(index.get(word, ()))]
    return sorted(hits, key=lambda h: -h.score)

print(search("fish"))
print(search("red"), search("car"))
print("recent:", recent, "index size:", len(index))
print(sorted(index["fish"]), "missing" in index)
index["loop"].add(frozenset())
holder = [index]
index["self"] = holder
del index, holder
print("collected:", gc.collect())
