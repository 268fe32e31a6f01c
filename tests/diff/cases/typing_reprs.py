from typing import List, Dict, Optional, Tuple, Union, Callable, Any, Iterator, TypeVar, ClassVar, Literal, Set, Sequence, Mapping
from dataclasses import dataclass, field, fields

print(List, List[int], List[Any], Dict[str, List[int]], Sequence[str], Mapping[str, int])
print(Optional[int], Union[int, str], Union[int, None, str], Union[int, int], Union[int, Union[str, float]])
print(Tuple[int, str], Tuple[()], Callable[[int, str], bool], Callable[[], int], Iterator[Tuple[str, int]])
print(List["Node"], Literal["a", 1], ClassVar[int], Any, Set[float], Optional[List["Node"]])
T = TypeVar("T")
print(T, TypeVar("U", covariant=True), TypeVar("V", contravariant=True))
print(List[int] is List[int], Optional[int] == Union[int, None], Union[str, int] == Union[str, int])

class Stack:
    items: List[Any]
    size: int = 0
    def push(self, x: Any) -> "Stack":
        return self
print(Stack.__annotations__, Stack.size)
count: Dict[str, int] = {}
label: str
print(__annotations__, count)

@dataclass
class Config:
    name: str
    tags: List[str] = field(default_factory=list)
    limit: Optional[int] = None
    registry: ClassVar[Dict[str, int]] = {}
print(Config("x"), [f.name for f in fields(Config)], Config.registry)
print(Config.__doc__)
