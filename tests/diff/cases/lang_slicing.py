s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7])
print(s[::2], s[1::3], s[::-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:5])
t = "abcdefgh"
print(t[1:4], t[::-1], t[-1], t[::3])
u = tuple(s)
print(u[3:6], u[-2:])
s[2:5] = ["x"]
print(s)
s[::3] = [0, 0, 0]
print(s)
del s[1::2]
print(s)
s[1:1] = ["in", "serted"]
print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
