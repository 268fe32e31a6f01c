print(True and False, True or False, not True)
print(True == 1, False == 0, True is True, None == False)
print(int(True), float(False), str(True), bool(1), bool(-1))
print(True + 1, True * 3.5, -True)
print(type(True).__name__, isinstance(False, int))
x = None
print(x is None, x == None, repr(x), str(x))
def nothing():
    return
print(nothing() is None)
print([bool(v) for v in [0, 1, "", "a", [], [0], {}, None, 0.0]])
print(sorted([True, False, True]), max(True, 2), sum([True] * 5))
