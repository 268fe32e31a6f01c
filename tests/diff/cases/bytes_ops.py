# bytes as a sequence: len, indexing, slicing, iteration, in, comparisons, +, *, hash.
b = b'hello'
print(len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], list(b), [c for c in b'\x00\xff'])
for v in b'hi':
    print(v)
print(list(reversed(b'abc')), max(b'abc'), min(b'abc'), sum(b'ab'), sorted(b'cab'))
print(104 in b, b'ell' in b, b'' in b, b'xyz' in b, 0 in b)
print(b'a' < b'b', b'ab' > b'a', b'a' == b'a', b'a' != b'a', b'a' == 'a', b'' < b'\x00', b'abc' <= b'abd')
print(b'ab' + b'cd', b'ab' * 3, 2 * b'x', b'x' * 0, b'x' * -1, bool(b''), bool(b'\x00'))
print(hash(b'abc') == hash('abc'), hash(b'') == 0, hash(b'\xe9') == hash('\xe9'), hash(b'ab') == hash(b'a' + b'b'))
d = {b'k': 1, 'k': 2}
d[b'k'] += 10
print(d, d[b'k'], b'k' in d, len({b'a', b'a' + b'', 'a'}))
counts = {}
for w in [b'x', b'y', b'x', b'zz', b'x']:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted([b'b', b'a', b'ab', b'']))
x = b'q'
x += b'rs'
x *= 2
print(x, x.hex(), b'\x01\xab'.hex(), bytes(range(3)).hex())
for bad in ("b'a' + 'b'", "b'a' < 'b'", "'a' in b'abc'", "b'abc'[5]", "b'abc'['x']", "300 in b'a'", "b'x'.nope", "b'a' + 1"):
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
