s = "Mississippi"
print(s.lower().count("ss"), s[0] + s[-1], s * 2)
print("-" * 20)
print(sorted(set(s)), len(s), s.upper()[:4])
words = "the quick brown fox jumps".split()
print(len(words), max(words, key=len), " ".join(w.capitalize() for w in words))
print("".join(sorted("hello")), "abc"[::-1], "a,b".split(",")[1])
print(str(123)[::-1], int("0" + "7") * 2, "x".join("abc"))
print("%s|%5s|%-5s|" % ("a", "b", "c"))
print("A".lower(), "a" < "b", "apple" > "app")
print(repr(" ".strip()), "  a  b  ".split(" "))
print("CSV:", ",".join(str(n) for n in range(5)))
for i, ch in enumerate("hey"):
    print(i, ch, ch.upper() * (i + 1))
