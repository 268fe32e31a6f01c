# bytes() and the codecs: str.encode, bytes.decode with utf-8, ascii and latin-1.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(4)), bytes((0, 255)), bytes(b'ab'), bytes('hé', 'utf-8'), bytes('x', encoding='ascii'))
words = ['plain', 'café', 'naïve', '€uro', '日本', '😀 ok']
for w in words:
    e = w.encode()
    print(w, e, len(e), e.decode() == w, e.decode('utf-8'))
print('hé'.encode('latin-1'), 'abc'.encode('ascii'), b'\xe9t\xe9'.decode('latin-1'), b'abc'.decode('ascii'), 'x'.encode(encoding='UTF-8'))
print('Ünï'.encode('utf_8'), 'Ü'.encode('iso-8859-1'), b'\xc3\x9c'.decode('UTF8'))
round_trip = ''.join(chr(c) for c in range(256)).encode('latin-1').decode('latin-1')
print(len(round_trip), round_trip == ''.join(chr(c) for c in range(256)))
tests = [
    lambda: b'\xff\xfe'.decode(),
    lambda: b'ab\x80'.decode('utf-8'),
    lambda: b'\xc3\x28'.decode(),
    lambda: b'\xe2\x82\x28'.decode(),
    lambda: b'\xe2\x82'.decode(),
    lambda: b'\xed\xa0\x80'.decode(),
    lambda: b'\xf0\x9f\x98'.decode(),
    lambda: b'caf\xe9'.decode('ascii'),
    lambda: 'café'.encode('ascii'),
    lambda: 'a€€b'.encode('latin-1'),
    lambda: '日'.encode('ascii'),
    lambda: bytes('abc'),
    lambda: bytes([256]),
    lambda: bytes([-1]),
    lambda: bytes(-1),
    lambda: bytes(['a']),
    lambda: bytes(3, 'utf-8'),
    lambda: 'x'.encode('no-such-codec'),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ':', e)
