class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__("missing " + key)
        self.key = key

def lookup(k):
    raise NotFound(k)

try:
    lookup("plum")
except AppError as e:
    print(type(e).__name__, e, e.key, isinstance(e, Exception))
try:
    try:
        lookup("x")
    except NotFound as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(type(e).__name__, e, "cause:", type(e.__cause__).__name__, e.__cause__)
try:
    raise KeyError("k")
except (TypeError, KeyError) as e:
    print("tuple of types:", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print("context:", type(e.__context__).__name__)
e = ValueError("a", 2)
print(e.args, str(e), repr(e))
