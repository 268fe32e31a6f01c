import sys

print("major.minor:", sys.version_info[:2] >= (3, 11))
print("is 3.12+:", sys.version_info >= (3, 12))
print("is 3.13+:", sys.version_info >= (3, 13))
print("is 3.14+:", sys.version_info >= (3, 14))
