import gc

gc.collect()
rows = [{"a": 1, "b": 2} for i in range(5)]
print("dict of ints tracked:", gc.is_tracked(rows[0]))
print("list tracked:", gc.is_tracked(rows))
rows.append(rows)
del rows
print("list of untracked dicts in a cycle:", gc.collect())
rows = [{"a": [1]} for i in range(5)]
print("dict holding a list tracked:", gc.is_tracked(rows[0]))
rows.append(rows)
del rows
print("list of tracked dicts in a cycle:", gc.collect())
