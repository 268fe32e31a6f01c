# Strings compare by code point: a character above U+FFFF sorts after U+E000-U+FFFF (UTF-16
# units would put it before them), in <, sorted(), min/max, bisect, list and tuple order.
a = "\uffff"
b = "\U00010000"
print(a < b, a > b, b < a, a <= b, a == b)
print(max(a, b) == b, min([b, a]) == a)
print([hex(ord(c[0])) for c in sorted([b, a, "z", "\ue000x", "\ud7ff"])])
print([len(s) for s in sorted([b + "1", b, a + "1", a])])
import bisect
print(bisect.bisect(sorted([a, b]), "\ufffe"), bisect.bisect_left([a, b], b))
print([a, b] < [b, a], (b,) > (a,), "x" + b > "x" + a)
print(sorted(["\U0001f600", "\ufb01", "\U0001f4a9", "\ue000", "\U00010400"]) == ["\ue000", "\ufb01", "\U00010400", "\U0001f4a9", "\U0001f600"])
