import gc
from dataclasses import dataclass, field
gc.collect()
def make(kind):
    if kind == 0:
        @dataclass(order=True)
        class L:
            x: int = 0
            y: list = field(default_factory=list)
    elif kind == 1:
        @dataclass(frozen=True)
        class L:
            x: int
            y: str = "a"
    elif kind == 2:
        @dataclass
        class L:
            a: int
            t: float = field(init=False, default=1.0)
            def __post_init__(self):
                pass
    else:
        @dataclass(eq=False, repr=False)
        class L:
            a: int
    return L
for k in range(4):
    c = make(k)
    del c
    print(k, gc.collect())
