def run(src):
    exec(src, {})
print("before")
run("a = 1\nb = undefined_name")
