def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])

def step_lr(base, gamma):
    lr = base
    while True:
        yield lr
        lr *= gamma

sched = step_lr(1.0, 0.5)
for epoch in range(4):
    print(epoch, next(sched))
