# std_mean and var_mean return a plain tuple (std or var, mean) computed in one pass.
import torch

x = torch.tensor([[0.5, 1.5, 2.0, 4.0], [1.0, -1.0, 3.0, 5.0], [2.0, 2.0, 2.0, 2.0]], requires_grad=True)
res = torch.std_mean(x)
print(res)
print(type(res).__name__, len(res))
s, m = torch.var_mean(x, dim=1)
print("var by row ", s)
print("mean by row", m)
print(type(s.grad_fn).__name__, type(m.grad_fn).__name__)
print(torch.std_mean(x, dim=0, unbiased=False))
print(torch.var_mean(x, 1, keepdim=True))
print(torch.var_mean(x, dim=(0, 1), correction=0))
print(torch.std_mean(x, -1, correction=2))
print(torch.std_mean(x, 1, True, True))

# both outputs are differentiable; backward through std and mean together
std, mean = torch.std_mean(x, dim=1)
(std * torch.tensor([1.0, 2.0, 3.0]) + mean).sum().backward()
print("grad std+mean", x.grad)
x.grad = None
var, mean = torch.var_mean(x, dim=0, unbiased=False)
var.sum().backward()
print("grad var only", x.grad)
x.grad = None
var, mean = torch.var_mean(x)
mean.backward()
print("grad mean only", x.grad)

# matches the separate calls
v1, m1 = torch.var_mean(x, 1)
print(torch.allclose(v1, x.var(1)), torch.allclose(m1, x.mean(1)))

# 1-D, float64
d = torch.tensor([1.0, 2.0, 3.0, 4.0, 10.0], dtype=torch.float64, requires_grad=True)
sd, mu = torch.std_mean(d)
print(sd, mu)
sd.backward()
print(d.grad)
