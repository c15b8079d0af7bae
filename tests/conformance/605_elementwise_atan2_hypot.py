# atan2 (all four quadrants, zeros, broadcasting, both grads) and hypot.
import torch

y = torch.tensor([1.0, 1.0, -1.0, -1.0, 0.0, 0.0, -0.0, 2.0])
x = torch.tensor([1.0, -1.0, -1.0, 1.0, 1.0, -1.0, -1.0, 0.0])
print("atan2", torch.atan2(y, x))
print("arctan2", torch.arctan2(y, x))
print("method", y.atan2(x))
print("zeros", torch.atan2(torch.tensor([0.0, -0.0]), torch.tensor([0.0, 0.0])))
print("infs", torch.atan2(torch.tensor([float("inf"), 1.0]), torch.tensor([float("inf"), -float("inf")])))

# polar angle of points, a common use: broadcasting a column against a row
ys = torch.tensor([[1.0], [-2.0]])
xs = torch.tensor([0.5, -0.5, 3.0])
print(torch.atan2(ys, xs))

# gradients for both inputs: d/dy = x/(x^2+y^2), d/dx = -y/(x^2+y^2)
a = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
b = torch.tensor([2.0, 1.0, -0.5], requires_grad=True)
theta = torch.atan2(a, b)
print(theta, type(theta.grad_fn).__name__)
theta.sum().backward()
print("grad y", a.grad)
print("grad x", b.grad)

# broadcast grads are summed back to the input shape
p = torch.tensor([[1.0], [2.0]], requires_grad=True)
q = torch.tensor([1.0, -1.0, 2.0], requires_grad=True)
torch.atan2(p, q).sum().backward()
print(p.grad, q.grad)

# grad at the origin
o1 = torch.tensor(0.0, requires_grad=True)
o2 = torch.tensor(0.0, requires_grad=True)
torch.atan2(o1, o2).backward()
print("origin", o1.grad, o2.grad)

# in-place and float64
v = torch.tensor([1.0, -1.0]); v.atan2_(torch.tensor([-1.0, -1.0])); print(v)
v = torch.tensor([1.0, -1.0]); v.arctan2_(torch.tensor([1.0, 1.0])); print(v)
d = torch.atan2(torch.tensor([3.0], dtype=torch.float64), torch.tensor([4.0], dtype=torch.float64))
print(d, d.dtype)

# hypot: sqrt(a^2 + b^2), grads a/h and b/h
h1 = torch.tensor([3.0, 5.0, 0.0, -6.0], requires_grad=True)
h2 = torch.tensor([4.0, 12.0, 0.0, 8.0], requires_grad=True)
h = torch.hypot(h1, h2)
print(h, h.grad_fn)
h.sum().backward()
print(h1.grad, h2.grad)
print(h1.detach().hypot(torch.tensor(1.0)), torch.hypot(torch.tensor([1e30]), torch.tensor([1e30])))
v = torch.tensor([3.0, 8.0]); v.hypot_(torch.tensor([4.0, 6.0])); print(v)
