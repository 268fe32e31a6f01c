from dataclasses import dataclass, field, FrozenInstanceError

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2), Version(0, 9, "beta"), Version(1, 0), Version(1, 2, "rc")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2) == Version(1, 2, "x"), max(vs))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)
print(Version.__hash__)

@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int = 0
c = Color(1, 2)
print(c, hash(c) == hash((1, 2, 0)), c in {Color(1, 2, 0)}, len({c, Color(1, 2), Color(2, 1)}))
for action in [lambda: setattr(c, "r", 5), lambda: delattr(c, "g"), lambda: setattr(c, "new", 1)]:
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: list = field(default_factory=list, hash=False)
k = Key(1)
print(hash(k) == hash((1,)), k == Key(1, [5]))

@dataclass(eq=False)
class Plain:
    x: int
print(Plain(1) == Plain(1), hash(Plain(1)) != 0, Plain.__eq__ is object.__eq__)

@dataclass
class Custom:
    x: int
    def __repr__(self):
        return "Custom!"
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == 5, Custom.__hash__)

@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Child(Base):
    c: int = 3
    a: int = 10
print(Child(), Child(1, 2, 3), [f for f in Child.__dataclass_fields__])
try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(frozen=True)
    class FrozenChild(Base):
        z: int = 0
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Tree:
    val: int
    kids: list = field(default_factory=list)
t = Tree(1)
t.kids.append(t)
print(t)
