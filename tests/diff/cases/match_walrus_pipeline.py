import gc
import sys

events = [
    ("push", 3), ("push", 4), ("add",), ("push", 10), ("mul",), ("dup",), ("print",),
    ("pop",), ("push", "x"), ("add",), ("bogus", 1, 2),
]
stack = []
log = []
for ev in events:
    match ev:
        case ("push", value):
            stack.append(value)
        case ("add" | "mul") as op if len(stack) >= 2:
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(a + b if op == "add" else a * b)
            except TypeError as e:
                log.append(f"{op} failed: {e}")
                stack.extend([a, b])
        case ("dup",) if (top := stack[-1] if stack else None) is not None:
            stack.append(top)
        case ("print",):
            print("stack", stack)
        case ("pop",):
            log.append(f"popped {stack.pop()}")
        case (name, *args):
            log.append(f"unknown {name} with {len(args)} args")
print(stack, log)
print([(n, sq) for n in range(6) if (sq := n * n) % 2 == 0])
data = {"users": [{"name": "ann", "roles": ["admin", "dev"]}, {"name": "bob", "roles": []}, {"id": 3}]}
match data:
    case {"users": [*users]}:
        for u in users:
            match u:
                case {"name": str(name), "roles": [first, *_]}:
                    print(name, "first role", first)
                case {"name": name, "roles": []}:
                    print(name, "has no roles")
                case other:
                    print("malformed", other, sys.getrefcount(other))
print("data refs", sys.getrefcount(data), "collect", gc.collect())
