print("never printed")
data = [1, 2, 3]

def show(items):
    for i in items:
        print(i)

show(data
result = len(data)
print(result)
