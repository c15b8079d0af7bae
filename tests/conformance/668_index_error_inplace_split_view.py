# The pieces from split/chunk are views; autograd forbids modifying them in place.
import torch

w = torch.arange(4.0, requires_grad=True)
h = w * 2
a, b = h.split(2)
print(a, b)
n = h.narrow(0, 0, 2)
n.mul_(10)
print(h, type(h.grad_fn).__name__)
h.sum().backward()
print(w.grad)
with torch.no_grad():
    p, q = torch.zeros(4).chunk(2)
    q.add_(1)
print(p, q)
for label, fn in [("leaf view", lambda: w.narrow(0, 0, 2).mul_(2)),
                  ("unbind", lambda: (w * 1).unbind()[0].add_(1))]:
    try:
        fn()
    except RuntimeError as e:
        print(label, "->", e)
first, second = (w * 3).chunk(2)
first.add_(1)
