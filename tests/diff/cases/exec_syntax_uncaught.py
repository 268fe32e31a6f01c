print("start")
exec("x = (1,")
