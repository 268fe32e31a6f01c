class Foo:
    def __init__(self):
        self.count = 1

f = Foo()
print("count:", f.count)
f.count += 1
print("count:", f.count)
print("has bar:", hasattr(f, "bar"))
print("bar:", f.bar)
