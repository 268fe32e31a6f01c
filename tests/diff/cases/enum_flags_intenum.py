from enum import IntEnum, Flag, IntFlag, StrEnum, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

print(Priority.HIGH > Priority.LOW, Priority.MEDIUM == 5, Priority.LOW + Priority.HIGH, 2 * Priority.MEDIUM)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), Priority(5))
print(Priority.HIGH - 3, Priority.HIGH // 3, Priority.HIGH % 3, -Priority.LOW, str(Priority.HIGH), f"{Priority.MEDIUM:>4}")
print(repr(Priority.LOW), Priority.LOW.name, [p.value for p in Priority], Priority.HIGH < 11)
print({Priority.LOW: "l"}[Priority.LOW], [0, 1, 2, 3, 4, 5][Priority.MEDIUM])

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
print([(p.name, p.value) for p in Perm])
rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, Perm.R in rw, Perm.X in rw, rw & Perm.R, bool(Perm.R & Perm.X))
print((rw | Perm.X).value, Perm(7), Perm(3) is rw, ~Perm.R, Perm.W ^ rw)

class Bits(IntFlag):
    A = 1
    B = 2
    C = 4
print(Bits.A | Bits.C, (Bits.A | Bits.C) == 5, Bits.B + 1, Bits(6))

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, Mode.READ == "read", Mode.WRITE.value, repr(Mode.WRITE), f"[{Mode.WRITE}]")
