print("before")
greeting = "hello
name = "world"
print(greeting, name)
count = 1
count += 1
print(count)
items = []
items.append(count)
print("end")
