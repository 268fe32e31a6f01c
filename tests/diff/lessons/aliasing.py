import sys
data = [1, 2, 3]
alias = data
holder = [data]
print("three references:", sys.getrefcount(data) - 1)
del alias
print("after del alias:", sys.getrefcount(data) - 1)
holder.clear()
print("after holder.clear():", sys.getrefcount(data) - 1)
del data
print("data is gone; holder is", holder)
