d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(d.pop("b"), d.pop("zz", "none"), d)
d.update({"d": 4, "a": 10})
d.update(e=5)
print(d)
print(d.setdefault("a", 99), d.setdefault("f", 6), d)
print(d.popitem(), d)
d2 = dict.fromkeys(["x", "y"], 0)
print(d2, {**d2, "z": 1}, d2 | {"x": 5})
del d["a"]
print(d, len(d), sorted(d, reverse=True))
for k, v in sorted({"q": 1, "p": 2}.items()):
    print(k, "->", v)
print({k: v * 2 for k, v in [("m", 1), ("n", 2)]})
print(dict(zip("abc", range(3))))
