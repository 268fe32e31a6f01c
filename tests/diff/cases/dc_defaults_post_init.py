from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING

@dataclass
class Order:
    item: str
    qty: int = 1
    notes: list = field(default_factory=list)
    total: float = field(init=False, default=0.0)
    secret: str = field(default="x", repr=False, compare=False)
    def __post_init__(self):
        self.total = self.qty * 2.5
        print("  post_init", self.item)

o = Order("tea", 3)
print(o, o.total, o.secret)
print(Order("a") == Order("a"), Order("a", secret="y") == Order("a"), Order("a") == Order("b"))
print(o.__eq__(5), Order.__match_args__)
print(Order.__doc__)
print([(f.name, f.init, f.repr, f.compare) for f in fields(o)])
print(fields(Order)[2].default_factory is list, fields(Order)[0].default is MISSING)
o2 = replace(o, qty=10)
print(o2, o2.notes is o.notes)
try:
    replace(o, total=1.0)
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Line:
    order: Order
    tags: tuple = ()
    extra: dict = field(default_factory=dict)

ln = Line(Order("pen"), ("a", "b"), {"k": [1, 2]})
print(asdict(ln))
print(astuple(ln))
d = asdict(ln)
print(d["extra"]["k"] is ln.extra["k"], is_dataclass(ln), is_dataclass(Line), is_dataclass(5))

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3), Opts.__init__.__kwdefaults__)
try:
    Opts(1)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Broken:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class NoAnn:
        x = field(default=1)
except TypeError as e:
    print("TypeError:", e)
try:
    fields(5)
except TypeError as e:
    print("TypeError:", e)
print(Order.__init__.__defaults__, Order.__init__.__name__, Order.__repr__.__qualname__)
