# Counter: counting words, most_common ties, arithmetic, and holding its keys
import sys
from collections import Counter

text = "the cat and the hat and the bat"
c = Counter(text.split())
print(c)
print(c.most_common(2), c["dog"], len(c))
key = ("k", [1])[0]
box = [1, 2]
cnt = Counter()
cnt[tuple(box)] += 3
print(cnt, sum(cnt.values()))
other = Counter(the=1, cat=5)
print(c - other)
print(c + other)
print(c & other, c | other)
c.subtract(other)
print(c, +c, -c)
print(sorted(Counter("banana").elements()))
print(Counter("abc") == Counter("cba"), isinstance(c, dict))
