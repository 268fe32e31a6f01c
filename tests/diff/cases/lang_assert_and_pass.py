def noop():
    pass

class Empty:
    pass

print(noop(), type(Empty()).__name__)
assert True
assert 1 < 2, "not raised"
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare AssertionError args:", e.args)
if True:
    pass
else:
    print("unreachable")
for i in range(2):
    pass
print("i after loop:", i)
