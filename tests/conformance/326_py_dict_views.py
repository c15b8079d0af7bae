d = {"w": 1, "b": 2, "lr": 3}
print(d.keys())
print(d.values())
print(d.items())
print(list(d.items())[0], sorted(d.values(), reverse=True))
print({}.keys(), {}.items(), len(d.keys()), "w" in d.keys())
for name, val in d.items():
    print(f"{name}={val}")
print(d.get("x"), d.get("x", 0), d.setdefault("z", 9), d)
print(d.pop("z"), list(d))
print({k: v for k, v in d.items() if v > 1})
print(dict(zip("abc", range(3))))
