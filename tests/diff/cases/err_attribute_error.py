class Foo:
    def __init__(self):
        self.baz = 1

f = Foo()
print("baz:", f.baz)
f.qux = 2
print("qux:", f.qux)
print("has bar:", hasattr(f, "bar"))
print("bar:", f.bar)
