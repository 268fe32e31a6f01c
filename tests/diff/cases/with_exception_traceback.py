import sys
class Show:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is None:
            print("clean exit")
            return False
        print("exit sees", t.__name__, v, tb is not None)
        return isinstance(v, KeyError)

def inner():
    raise KeyError("deep")

with Show():
    inner()
print("suppressed deep KeyError")

def chain():
    with Show():
        with Show():
            raise ValueError("through two")
try:
    chain()
except ValueError as e:
    print("got", e, e.__traceback__ is not None)

with Show() as s, Show() as t:
    print(s is not t)
