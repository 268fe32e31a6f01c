def area(w, h):
    return w * h

print("area:", area(3, 4))
sizes = [(1, 2), (3, 5)]
for w, h in sizes:
    print(w, "x", h, "=", area(w, h))
print("using a name with no close match")
print(zzqqxx_unknown)
print("never printed")
