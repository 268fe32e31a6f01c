class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return self.name + " makes a sound"
    def __repr__(self):
        return "Animal(%r)" % self.name

class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + ": woof"

a = Animal("generic")
d = Dog("rex")
print(a.speak(), "|", d.speak())
print(a.kind, d.kind, Animal.kind, Animal.count)
print(isinstance(d, Animal), isinstance(a, Dog), type(d).__name__)
print([a, d], str(d), repr(d))
d.kind = "instance attr"
print(d.kind, Dog.kind, hasattr(d, "name"), getattr(d, "nope", "default"))
del d.kind
print(d.kind)
print(isinstance(d, Dog), Dog.__name__, type(a).__name__)
