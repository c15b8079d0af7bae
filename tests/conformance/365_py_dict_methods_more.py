d = {"w": 1}
d.update({"b": 2}, extra=5)
print(d)
d.update(lr=0.1)
print(d)
print(dict.fromkeys(["a", "b"], 0), dict.fromkeys("xy"))
print({"a": 1} | {"b": 2, "a": 3})
e = {"k": 1}
e |= {"m": 2}
print(e, d.popitem(), d)
