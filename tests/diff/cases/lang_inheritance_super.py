class A:
    def __init__(self):
        print("A.__init__")
        self.log = ["A"]
    def who(self):
        return "A"

class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.log.append("B")
    def who(self):
        return "B>" + super().who()

class C(B):
    def who(self):
        return "C>" + super().who()

c = C()
print(c.log, c.who())
print(isinstance(c, A), isinstance(c, (B, int)), type(c).__name__)
class Base:
    def hello(self):
        return "hello from " + self.name()
    def name(self):
        return "base"
class Derived(Base):
    def name(self):
        return "derived"
print(Derived().hello(), Base().hello())
