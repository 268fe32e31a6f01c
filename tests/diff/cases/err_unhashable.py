seen = set()
for item in [1, "two", (3, 4)]:
    seen.add(item)
    print("added", item)
print("size:", len(seen))
index = {}
index[(1, 2)] = "tuple key ok"
print(index[(1, 2)])
key = [5, 6]
print("using list as key")
index[key] = "bad"
