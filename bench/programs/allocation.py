# allocation-heavy: lists, dicts and tuples made and dropped
count = 0
for i in range(800000):
    row = [i, i + 1, i + 2]
    rec = {"id": i, "row": row}
    pair = (rec, row)
    count += len(pair[0]["row"])
print(count)
