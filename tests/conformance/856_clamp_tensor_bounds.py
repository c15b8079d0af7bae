# Box constraints with per-element bounds, as projected-gradient and action-bound code writes
# them: torch.clamp with tensor min/max (ClampBackward0), gradients to the bounds themselves,
# broadcasting, min > max, NaN, dtypes, in place.
import torch

torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
low = torch.full((4,), -0.5, requires_grad=True)
high = torch.tensor([0.2, 0.5, 1.0, 2.0], requires_grad=True)

y = torch.clamp(x, min=low, max=high)
print(y)
print(type(y.grad_fn).__name__, [type(f).__name__ if f else None for f, _ in y.grad_fn.next_functions])
(y * torch.arange(12.).view(3, 4)).sum().backward()
print(x.grad, low.grad, high.grad, sep='\n')

for g in (x, low, high):
    g.grad = None
z = x.clamp(min=low)
z.sum().backward()
print(type(z.grad_fn).__name__, x.grad, low.grad, sep='\n')
x.grad = None
w = x.clip(max=high)
w.sum().backward()
print(type(w.grad_fn).__name__, x.grad, high.grad, sep='\n')

# min > max gives max, and the gradient goes to max.
a = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
lo = torch.tensor([1.5, 1.5, 1.5], requires_grad=True)
hi = torch.tensor([1.0, 1.0, 3.0], requires_grad=True)
out = torch.clamp(a, lo, hi)
out.sum().backward()
print(out, a.grad, lo.grad, hi.grad)

# A NaN in the input or in a tensor bound gives NaN (a float bound that is NaN does not).
nan = float('nan')
print(torch.clamp(torch.tensor([nan, 1.0, -1.0]), torch.tensor([0.0, nan, 0.0]), torch.tensor([0.5, 0.5, nan])))
print(torch.clamp_min(torch.tensor([nan, 1.0, -1.0]), torch.tensor([0.0, nan, 0.0])), torch.tensor([1.0, 2.0]).clamp(max=torch.tensor([nan, 1.0])))

# Integers with integer bounds stay integers; mixed dtypes promote.
i = torch.arange(-3, 4)
print(torch.clamp(i, torch.tensor(-1), torch.tensor([2])), torch.clamp(i, min=torch.tensor(0.5)).dtype)
print(torch.clamp(torch.ones(2, dtype=torch.float64), torch.zeros(2), torch.ones(2) * 0.5).dtype)

# In place, and a bound that broadcasts over a batch.
v = torch.linspace(-2, 2, 6).view(2, 3)
v.clamp_(min=torch.tensor([[-1.0], [0.0]]), max=torch.tensor([1.0, 1.5, 0.5]))
print(v)
leaf = torch.zeros(2, requires_grad=True)
try:
    leaf.clamp_(min=torch.ones(2))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.clamp(torch.ones(3), torch.zeros(2))
except RuntimeError as e:
    print("RuntimeError:", e)
