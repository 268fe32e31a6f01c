import sys

class Color:
    RED = "red"
    GREEN = "green"

def classify(v):
    match v:
        case 0 | 0.0:
            return "zero"
        case -1:
            return "minus one"
        case True:
            return "true"
        case None:
            return "none"
        case "a" | "b" as letter:
            return "letter " + letter
        case Color.RED:
            return "red!"
        case Color.GREEN | "verde":
            return "green!"
        case 1.5:
            return "one and a half"
        case [1, _, _] | (2, _):
            return "shape"
        case {"x": 0 | 1 as x}:
            return "x small %d" % x
        case [*_, "end"]:
            return "ends with end"
        case [_, *_]:
            return "non-empty sequence"
        case str() | frozenset():
            return "some string"
        case _:
            return "other"

for v in [0, 0.0, False, -1, True, 1, None, "a", "b", "red", "green", "verde", 1.5,
          [1, 2, 3], (2, 9), [2, 9, 9], {"x": 1}, {"x": 2}, ["q", "end"], ("z",), "str", [], {}]:
    print(repr(v), "->", classify(v))

# strings and dicts are not sequences
match "abc":
    case [a, b, c]:
        print("unpacked string?!")
    case _:
        print("a str is not a sequence pattern")

# range and tuple are sequences
match range(3):
    case [0, *others]:
        print("range", others)

match (1, 2):
    case [x, y]:
        print("tuple as list pattern", x, y)

# captures stay bound even when the guard fails
match [5, 6]:
    case [p, q] if p > q:
        print("not here")
    case _:
        print("guard failed but p, q bound:", p, q)
