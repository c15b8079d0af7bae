# Standard deviation and variance: unbiased vs biased, correction=, dims, keepdim and gradients.
import torch

x = torch.tensor([[1.0, 2.0, 4.0], [3.0, 5.0, 9.0]], requires_grad=True)
print("std (unbiased)     ", torch.std(x))
print("std unbiased=False ", x.std(unbiased=False))
print("var                ", x.var())
print("var unbiased=False ", torch.var(x, unbiased=False))
print("std dim=1          ", torch.std(x, dim=1))
print("std dim=0 biased   ", x.std(0, unbiased=False))
print("var dim=-1 keepdim ", torch.var(x, dim=-1, keepdim=True))
print("std dim=(0, 1)     ", torch.std(x, dim=(0, 1)))
print("std positional     ", torch.std(x, 1, True, True))
print("var correction=0   ", torch.var(x, dim=None, correction=0))
print("var correction=2   ", x.var(dim=1, correction=2))
print("std correction=1   ", torch.std(x, 0, correction=1, keepdim=True))
print("var correction=3 (n - correction = 0)", torch.var(x, dim=-1, correction=3))
print("grad_fn:", type(torch.std(x).grad_fn).__name__, type(torch.var(x, 1).grad_fn).__name__)

# gradients: d var / dx_i = 2 (x_i - mean) / (n - correction)
for label, f in [("var", lambda t: t.var()),
                 ("var biased", lambda t: t.var(unbiased=False)),
                 ("std", lambda t: t.std()),
                 ("std dim=1", lambda t: t.std(dim=1).sum()),
                 ("var dim=0 keepdim", lambda t: (t.var(0, keepdim=True) * torch.tensor([[1.0, 2.0, 3.0]])).sum()),
                 ("std correction=2", lambda t: t.std(dim=1, correction=2).sum())]:
    x.grad = None
    f(x).backward()
    print(label, "->", x.grad)

# a constant row has zero std; its gradient is 0 rather than nan
c = torch.tensor([3.0, 3.0, 3.0], requires_grad=True)
s = c.std()
s.backward()
print(s, c.grad)

# a single element: the unbiased estimate is nan, the biased one is 0
one = torch.tensor([2.0])
print(torch.std(one), torch.var(one, unbiased=False), torch.std(one, dim=0))

# float64 and a 1-D series
series = torch.tensor([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0], dtype=torch.float64)
print(series.std(), series.std(unbiased=False), series.var().dtype)
print(series.std().item(), series.var(unbiased=False).item())
