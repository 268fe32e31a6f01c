# None where an iterable is expected: the TypeError, not an internal error
for make in (list, tuple, sorted, set, dict, lambda v: [].extend(v)):
    try:
        make(None)
    except TypeError as e:
        print(e)
