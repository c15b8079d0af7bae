# asin / acos / atan and their numpy-style aliases; out-of-domain inputs give nan.
import torch

x = torch.tensor([-1.0, -0.5, 0.0, 0.3, 0.5, 1.0])
print("asin", torch.asin(x))
print("acos", torch.acos(x))
print("atan", torch.atan(x))
print("arcsin", torch.arcsin(x))
print("arccos", x.arccos())
print("arctan", x.arctan())
print("out of domain", torch.asin(torch.tensor([1.5, -2.0])), torch.acos(torch.tensor([1.01, -1.01])))
print("atan of infinities", torch.atan(torch.tensor([float("inf"), -float("inf"), 1e6])))

# asin(x) + acos(x) == pi/2
s = torch.asin(x) + torch.acos(x)
print("sum", s)
print(torch.allclose(s, torch.full_like(s, 1.5707963)))

# gradients: 1/sqrt(1-x^2), -1/sqrt(1-x^2), 1/(1+x^2)
t = torch.tensor([-0.8, -0.2, 0.0, 0.6], requires_grad=True)
for name in ["asin", "acos", "atan", "arcsin", "arccos", "arctan"]:
    t.grad = None
    y = getattr(torch, name)(t)
    y.sum().backward()
    print(f"{name:7s}", y.grad_fn, t.grad)

# grad at the domain edge is infinite; outside it is nan
e = torch.tensor([1.0, -1.0, 2.0], requires_grad=True)
torch.asin(e).sum().backward()
print("asin grad at edges", e.grad)
e.grad = None
torch.acos(e).sum().backward()
print("acos grad at edges", e.grad)

# float64 values
d = torch.tensor([0.1, 0.9, -0.75], dtype=torch.float64, requires_grad=True)
y = d.asin() * 2 + d.atan()
print(y)
y.sum().backward()
print(d.grad)

# in-place forms
for name in ["asin_", "acos_", "atan_", "arcsin_", "arccos_", "arctan_"]:
    v = torch.tensor([0.25, -0.75])
    getattr(v, name)()
    w = torch.tensor([0.25, -0.75])
    getattr(torch, name)(w)
    print(name, v, w)
