import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("the quick  brown\tfox"), string.capwords("a-b-c", "-"), string.capwords("  x y  "), repr(string.capwords("")))
print(string.capwords("élan VITAL déjà-vu"), string.capwords("o'neil mcdonald", "'"))
letters = {c: i for i, c in enumerate(string.ascii_lowercase)}
print(letters["z"], "".join(string.ascii_uppercase[(letters[c] + 13) % 26] for c in "hello"))
t = string.Template("Dear $name, you owe $$${amount} for ${item}s.")
print(t.substitute(name="Ann", amount=12, item="apple"))
print(t.substitute({"name": "Bo", "amount": 3.5}, item="pear"))
print(t.safe_substitute(name="Cy"), t.template)
for bad in [lambda: t.substitute(name="Dee"), lambda: string.Template("$").substitute(), lambda: string.Template("line\nnext $ here").substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template("$a$b ${a}x $_c").substitute(a=1, b=2, _c=3))
