def work():
    try:
        print("working")
        raise KeyError("missing-key")
    finally:
        print("cleanup in finally")

try:
    work()
except KeyError as e:
    print("first call caught", e)
work()
