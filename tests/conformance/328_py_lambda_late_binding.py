fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])

def make_multipliers():
    return [lambda x: x * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])

def make_adder(n):
    def add(x):
        return x + n
    return add
adders = [make_adder(k) for k in range(3)]
print([a(100) for a in adders])

callbacks = []
for name in ["a", "b"]:
    callbacks.append(lambda: "hello " + name)
print([c() for c in callbacks])
x = 1
g = lambda: x
x = 2
print(g())
