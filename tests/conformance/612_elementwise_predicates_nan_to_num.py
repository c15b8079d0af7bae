# isnan isinf isfinite isposinf isneginf isclose nan_to_num: cleaning up bad values.
import torch

nan, inf = float("nan"), float("inf")
x = torch.tensor([1.0, nan, inf, -inf, 0.0, -2.5])
print("isnan   ", torch.isnan(x), x.isnan())
print("isinf   ", torch.isinf(x), x.isinf())
print("isfinite", torch.isfinite(x), x.isfinite())
print("isposinf", torch.isposinf(x), "isneginf", torch.isneginf(x))
print("int/bool inputs", torch.isnan(torch.tensor([1, 2])), torch.isinf(torch.tensor([3])), torch.isfinite(torch.tensor([True])))
print("count nans", torch.isnan(x).sum(), x[~torch.isnan(x)])
print("any bad", (~torch.isfinite(x)).any(), torch.isfinite(x).all())

# nan_to_num defaults (float32 max/min) and explicit replacements
print(torch.nan_to_num(x))
print(torch.nan_to_num(x, nan=0.0, posinf=1e3, neginf=-1e3))
print(x.nan_to_num(nan=-1.0))
print(torch.nan_to_num(x, posinf=9.0))
print(torch.nan_to_num(x.double()))
print(torch.nan_to_num(torch.tensor([1, 2])), torch.nan_to_num(torch.tensor([1, 2])).dtype)
v = x.clone(); v.nan_to_num_(nan=7.0, posinf=8.0, neginf=-8.0); print(v)
v = x.clone(); torch.nan_to_num_(v, 0.5); print(v)

# nan_to_num gradient passes 1 where the value is finite, 0 where it was replaced
leaf = torch.tensor([1.0, nan, inf, -inf, -3.0], requires_grad=True)
cleaned = torch.nan_to_num(leaf, nan=0.0, posinf=1.0, neginf=-1.0)
(cleaned * 2).sum().backward()
print(cleaned, leaf.grad)
# ...and upstream of a division by zero the chain rule still gives 0 * inf = nan
g = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = g / torch.tensor([0.0, 1.0, 0.0]) - torch.tensor([0.0, 0.0, inf])
print(h)
n = torch.nan_to_num(h, nan=0.0, posinf=100.0)
print(n, n.grad_fn)
n.sum().backward()
print(g.grad)

# isclose with rtol / atol / equal_nan, and allclose
a = torch.tensor([1.0, 1.0001, 1.1, nan, inf, -inf, 0.0])
b = torch.tensor([1.0, 1.0, 1.0, nan, inf, inf, 1e-9])
print(torch.isclose(a, b))
print(torch.isclose(a, b, equal_nan=True))
print(torch.isclose(a, b, rtol=0.2, atol=0.0))
print(torch.isclose(a, b, rtol=0.0, atol=1e-8))
print(a.isclose(b, atol=1e-3), torch.isclose(a, torch.tensor(1.0)))
print(torch.isclose(torch.tensor([1, 2, 3]), torch.tensor([1, 3, 3])))
print(torch.allclose(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.000001])), torch.allclose(a, a), torch.allclose(a, a, equal_nan=True))
print(torch.isnan(torch.tensor([[nan, 1.0], [2.0, nan]])).nonzero())
