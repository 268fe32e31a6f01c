cases = [
    lambda: [1][5],
    lambda: {"a": 1}["b"],
    lambda: int("abc"),
    lambda: 1 / 0,
    lambda: undefined_name,
    lambda: "a" + 1,
    lambda: None.attr,
    lambda: [].pop(),
    lambda: (1, 2).append(3),
    lambda: len(5),
    lambda: 5 % 0,
    lambda: float("x"),
]
for fn in cases:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
