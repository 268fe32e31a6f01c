def check_positive(values):
    for v in values:
        assert v > 0, "value must be positive, got %d" % v
        print("ok", v)

def check_all(groups):
    for g in groups:
        print("checking", g)
        check_positive(g)

check_all([[3, 1, 4], [1, 5]])
check_all([[2, -7, 5]])
print("never printed")
