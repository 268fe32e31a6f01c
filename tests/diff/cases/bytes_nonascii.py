# A non-ASCII character in a bytes literal is a SyntaxError, as in CPython.
print("never")
x = b'café'
