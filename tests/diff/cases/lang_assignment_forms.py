a = b = c = [0]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
print(lst)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] += 10
print(d)
class O:
    pass
o = O()
o.v = 1
o.v *= 5
print(o.v)
n = 10
n //= 3
n **= 2
n -= 1
n %= 5
print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
