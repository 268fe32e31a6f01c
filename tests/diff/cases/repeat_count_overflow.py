# A sequence repeated by an int past Py_ssize_t: PyNumber_AsSsize_t raises OverflowError before
# the size is looked at, even for an empty sequence (found by the fuzz test: `(10**20) * ()` ran
# for ever); a count that fits leaves an empty sequence empty at once.
cases = ["(10**20) * ()", "() * 10**20", "[] * 10**20", "'' * 10**20", "b'' * 10**20",
         "(-10**20) * [1]", "(10**18) * ()", "[] * (2**62)", "'' * (2**62)", "b'' * 2**62",
         "(1,) * 10**18", "[0] * -5", "() * (2**63 - 1)", "() * 2**63"]
for expr in cases:
    try:
        r = eval(expr)
        print(expr, '->', repr(r))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
lst = []
try:
    lst *= 10**20
except OverflowError as e:
    print('lst *= 10**20 ->', e)
lst *= 2**62
print(lst)
