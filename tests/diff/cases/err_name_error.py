def greet(name):
    print("hello", name)

greet("world")
items = [1, 2, 3]
total = 0
for i in items:
    total += i
print("total:", total)
print("about to use an undefined name")
print(totl)
print("never printed")
