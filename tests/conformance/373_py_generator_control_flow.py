def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("before", i)
        yield i
        print("after", i)
        i += 1
    print("end")

for v in count_up(3):
    print("got", v)

def nested():
    for i in range(3):
        if i % 2 == 0:
            try:
                yield ("even", i)
            finally:
                print("finally", i)
        else:
            with open_ctx(i) as c:
                yield ("odd", c)
    yield from [10, 11]
    x = yield "assign"
    print("x is", x)

class open_ctx:
    def __init__(self, i): self.i = i
    def __enter__(self):
        print("enter", self.i); return self.i * 100
    def __exit__(self, *a):
        print("exit", self.i)

g = nested()
print(type(g).__name__, g.__class__.__name__)
print(list(g))
print(next(g, "done"))

def naturals():
    n = 0
    while True:
        yield n
        n += 1

import itertools
gen = naturals()
print([next(gen) for _ in range(5)])
sq = (x * x for x in naturals() if x % 3 == 0)
for s in sq:
    if s > 100:
        break
    print(s)
print(sum(x for x in range(10)))
print(list(zip(naturals(), "abc")))
print(list(enumerate(x for x in "xy")))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for i, f in enumerate(fib()):
    if i >= 10: break
    print(f, end=" ")
print()

def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)

def gen_exc():
    try:
        yield 1
        raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
        yield 2
    yield 3
print(list(gen_exc()))
def ret():
    for i in range(5):
        if i == 2:
            return
        yield i
print(list(ret()))
print(any(x > 3 for x in naturals()))
import torch
def batches(x, bs):
    for i in range(0, len(x), bs):
        yield x[i:i+bs]
for b in batches(torch.arange(7.), 3):
    print(b)
print(type(g).__name__)
