# dict.__getitem__ / __contains__ called directly with the wrong number of arguments (found by the fuzz)
d = {"a": 1}
for f in (lambda: d.__getitem__(), lambda: d.__contains__(), lambda: d.__getitem__(1, 2), lambda: [].__getitem__()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
