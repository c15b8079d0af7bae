# Rounding family: ceil, floor, round (half to even, decimals=), trunc, frac on floats and ints.
import torch

x = torch.tensor([-2.5, -1.5, -0.5, 0.0, 0.5, 1.5, 2.5, 2.7, -2.7])
print("x      ", x)
print("ceil   ", torch.ceil(x))
print("floor  ", torch.floor(x))
print("round  ", torch.round(x))
print("trunc  ", torch.trunc(x))
print("fix    ", torch.fix(x))
print("frac   ", torch.frac(x))
print("methods", x.ceil(), x.floor(), x.round(), x.trunc(), x.frac(), sep="\n")

# round with decimals: positive and negative
p = torch.tensor([3.14159, 2.71828, -1.23456, 1234.5678, 0.125])
print(torch.round(p, decimals=2))
print(p.round(decimals=1))
print(torch.round(p, decimals=-2))
print(torch.round(p, decimals=0))

# float64 keeps its dtype and prints fully
d = torch.tensor([1.25, -3.75, 10.5, 11.5], dtype=torch.float64)
for name in ["ceil", "floor", "round", "trunc", "frac"]:
    r = getattr(torch, name)(d)
    print(name, r, r.dtype)
print(d.round(decimals=1), d.round(decimals=1).dtype)

# int64 input: ceil/floor/round/trunc are identities and keep int64
i = torch.tensor([-3, 0, 7, 12])
for name in ["ceil", "floor", "round", "trunc"]:
    r = getattr(torch, name)(i)
    print(name, r, r.dtype)
print(i.ceil().dtype, i.floor().dtype, torch.fix(i))

# 2-D and special values
m = torch.tensor([[0.49, 0.51], [-0.49, -0.51]])
print(m.round(), m.ceil(), m.floor(), sep="\n")
s = torch.tensor([float("inf"), float("-inf"), float("nan"), -0.2])
print(s.ceil(), s.floor(), s.round(), s.trunc(), s.frac(), sep="\n")
print(torch.tensor(2.5).round(), torch.tensor(3.5).round(), torch.tensor(-0.7).ceil())
