# Numerical integration of sampled curves with the trapezoid rule (uniform and uneven spacing,
# running integrals), and logcumsumexp for running log-normalisers, all with gradients.
import torch

x = torch.linspace(0, 2, 5)
y = (x ** 2).requires_grad_()
print(torch.trapezoid(y, x), torch.trapz(y, x), torch.trapezoid(y, dx=0.5), torch.trapz(y, dx=0.5))
I = torch.trapezoid(y, dx=0.5)
print(I.grad_fn.name(), torch.trapezoid(y, x).grad_fn.name(), torch.trapezoid(y).item())
I.backward()
print(y.grad)
y.grad = None
torch.trapezoid(y, x=torch.tensor([0.0, 0.1, 0.5, 1.5, 2.0])).backward()
print(y.grad)

# rows of a batch, integrating along the last dim by default or along dim=0
Y = torch.tensor([[0.0, 1.0, 4.0, 9.0], [1.0, 1.0, 1.0, 1.0]], requires_grad=True)
print(torch.trapezoid(Y), torch.trapezoid(Y, dim=0), torch.trapezoid(Y, torch.tensor([0.0, 1.0, 3.0, 4.0])))
print(torch.trapezoid(Y, torch.tensor([[0.0, 1.0, 2.0, 3.0], [0.0, 2.0, 4.0, 8.0]])))
print(torch.trapezoid(torch.tensor([1, 2, 3])), torch.trapezoid(torch.tensor([1, 2, 3]), dx=2), torch.trapezoid(torch.tensor([1, 3]), torch.tensor([0, 3])))
print(torch.trapezoid(torch.tensor([5.0])), torch.trapezoid(torch.zeros(2, 0)), torch.trapezoid(torch.tensor([1.0, 2.0]), dx=-1.0))

# cumulative version: one fewer point along the integrated dim
ct = torch.cumulative_trapezoid(y, x)
print(ct, ct.grad_fn.name())
cd = torch.cumulative_trapezoid(y, dx=0.5)
print(cd, cd.grad_fn.name())
y.grad = None
(ct.sum() + cd[-1]).backward()
print(y.grad)
print(torch.cumulative_trapezoid(Y), torch.cumulative_trapezoid(Y, dim=0), torch.cumulative_trapezoid(torch.tensor([1, 2, 4])))

# logcumsumexp: log of running sums of exp, stable for large inputs
s = torch.tensor([0.0, 1.0, 2.0, 3.0], requires_grad=True)
lc = torch.logcumsumexp(s, dim=0)
print(lc, lc.grad_fn.name())
lc.sum().backward()
print(s.grad)
s.grad = None
lc = s.logcumsumexp(0)
lc[2].backward()
print(s.grad)
big = torch.tensor([[1000.0, 1000.0, -1000.0], [0.0, -float("inf"), 1.0]])
print(torch.logcumsumexp(big, dim=1), torch.logcumsumexp(big, dim=0))
# 1.13's backward (a reversed logcumsumexp of log(grad) - result) turns a -inf input into nan
ninf = torch.tensor([-float("inf"), 0.0, 1.0], requires_grad=True)
torch.logcumsumexp(ninf, 0).sum().backward()
print(ninf.grad)
print(torch.logcumsumexp(torch.tensor([1.0, 2.0], dtype=torch.float64), 0).dtype, torch.logcumsumexp(torch.tensor(3.0), 0))
