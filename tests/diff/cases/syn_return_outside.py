print("never printed")

def ok():
    return 1

value = ok()
if value:
    return value
print(value)
print("end")
