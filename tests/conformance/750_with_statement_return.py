# Context managers written as classes, the way tutorials time or trace a block: `return` from
# inside `with`, __exit__ seeing (or suppressing) exceptions, and decorators built on them.
import torch


class Trace:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.name == "quiet"


def loss_of(w):
    with Trace("loss"):
        return (w ** 2).sum()


def first_positive(values):
    for v in values:
        with Trace("scan"):
            if v > 0:
                return v
    return None


w = torch.tensor([1.0, -2.0], requires_grad=True)
print(loss_of(w))
print(first_positive([-1, 0, 3, 4]))

with Trace("quiet"):
    raise ValueError("swallowed")
print("after quiet")


def traced(fn):
    def wrapper(*args):
        with Trace(fn.__name__):
            return fn(*args)
    return wrapper


@traced
def double(x):
    return x * 2


print(double(torch.tensor([1.5])))
try:
    with Trace("loud"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
