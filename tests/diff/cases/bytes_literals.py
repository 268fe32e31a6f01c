# bytes literals: escapes, adjacent concatenation, raw literals, and their repr.
print(b'abc', b"abc", b'', b'a' b'b' b"c", rb'\n\x00', br'\d')
print(b'\x00\x01\x7f\x80\xff', b'\n\r\t\\', b'\'', b"'", b'"', b'\'"', b"\x41\102\x43")
print(repr(b'it\'s'), repr(b'say "hi"'), repr(b'both \' and "'))
print(b'''multi
line''')
print(len(b'\x00' * 3), type(b'x'), type(b'x').__name__)
c = [b'one', b'two']
print(c, (b'pair', 1), {b'k': b'v'})
print(str(b'ab'), f"{b'ab'}", "%s|%r" % (b'x', b'y'), format(b'q'))
