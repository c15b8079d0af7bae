def show(*args, **kwargs):
    print("args", args, "kwargs", kwargs)

def forward(a, *rest, **opts):
    print("a =", a)
    show(*rest, **opts)

show()
show(1, 2, x=3)
forward(1, 2, 3, flag=True, name="n")
xs = [1, 2, 3]
print(*xs)
print(*xs, sep=", ")
print(*xs, sep="-", end="!\n")
print("a", "b", sep="")
opts = {"sep": " | ", "end": " <end>\n"}
print("x", "y", **opts)

def linear(x, w=2, b=0):
    return w * x + b
params = {"w": 3, "b": 1}
print(linear(2, **params), linear(*[2, 5]), linear(2, b=10))

def wrapper(fn, *args, **kwargs):
    print("calling", fn.__name__, len(args), sorted(kwargs))
    return fn(*args, **kwargs)
print(wrapper(linear, 4, b=-1))
first, *middle, last = range(6)
print(first, middle, last)
print([*xs, *"ab"], {**params, "w": 0})
