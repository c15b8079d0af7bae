words = "autograd is neat".split()
print(words, "-".join(words), "Hi".upper(), "Hi".lower(), "  x ".strip(), "a,b".split(","))
print("abc".replace("b", "B"), "abc".startswith("a"), len("héllo"))
