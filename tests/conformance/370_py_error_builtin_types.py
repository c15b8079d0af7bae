tests = [
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] + (2,),
    lambda: int("x1"),
    lambda: float("abc"),
    lambda: 1 / 0,
    lambda: 5 % 0,
    lambda: 2.0 / 0,
    lambda: None.shape,
    lambda: len(5),
    lambda: undefined_name,
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: abs("s"),
    lambda: sum(["a", "b"]),
    lambda: tuple(1),
    lambda: "abc"[5],
    lambda: None + 1,
    lambda: [1, 2] * 1.5,
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
