# fmod (sign of the dividend, C-style) vs remainder (sign of the divisor, Python-style).
import torch

a = torch.tensor([-7.0, -5.5, -1.0, 0.0, 1.0, 5.5, 7.0])
print("fmod  3  ", torch.fmod(a, 3))
print("rem   3  ", torch.remainder(a, 3))
print("fmod -3  ", a.fmod(-3))
print("rem  -3  ", a.remainder(-3))
print("python %", a % 3, a % -3, sep="\n")
print("tensor divisor", torch.fmod(a, torch.tensor(2.5)), torch.remainder(a, torch.full((7,), -2.5)), sep="\n")
print("zero divisor", torch.fmod(torch.tensor([1.0, -1.0]), 0.0), torch.remainder(torch.tensor([1.0, -1.0]), 0.0))
print("inf", torch.fmod(torch.tensor([5.0]), float("inf")), torch.remainder(torch.tensor([5.0, -5.0]), float("inf")))

# integer tensors keep int64, same sign conventions
i = torch.tensor([-7, -3, 0, 3, 7])
print(torch.fmod(i, 3), torch.remainder(i, 3), i % -3, torch.fmod(i, -3), sep="\n")
print(torch.fmod(i, 2).dtype, torch.remainder(i, 2.5), torch.remainder(i, 2.5).dtype)
print(torch.remainder(5, torch.tensor([3, -3, 4])))
print(torch.remainder(torch.tensor([10, -10]), torch.tensor([[3], [-4]])))

# grads: d/da = 1; d/db = -trunc(a/b) for fmod and -floor(a/b) for remainder
x = torch.tensor([-7.0, -2.0, 5.0, 8.5], requires_grad=True)
y = torch.tensor([3.0, 3.0, -2.0, 2.0], requires_grad=True)
f = torch.fmod(x, y)
f.sum().backward()
print("fmod", f, x.grad, y.grad)
x.grad = None
y.grad = None
r = torch.remainder(x, y)
r.sum().backward()
print("remainder", r, x.grad, y.grad)
x.grad = None
(x % 2.0).sum().backward()
print("scalar divisor", (x % 2.0).grad_fn, torch.fmod(x, 2).grad_fn, x.grad)

# in-place
v = torch.tensor([-7.0, 7.0]); v.fmod_(3); print(v)
v = torch.tensor([-7.0, 7.0]); v.remainder_(3); print(v)
v = torch.tensor([-7.0, 7.0]); v %= -3; print(v)
v = torch.tensor([-7, 7]); v.remainder_(torch.tensor([3, 3])); print(v)

# wrap an angle to [-pi, pi) with remainder, a common trick
ang = torch.tensor([4.0, -4.0, 10.0], dtype=torch.float64)
print(torch.remainder(ang + torch.pi, 2 * torch.pi) - torch.pi)
