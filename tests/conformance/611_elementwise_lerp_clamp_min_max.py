# lerp with scalar and tensor weights; clamp_min / clamp_max with scalar and tensor bounds.
import torch

start = torch.tensor([0.0, 1.0, 2.0, 10.0])
end = torch.tensor([10.0, 1.0, -2.0, 20.0])
print(torch.lerp(start, end, 0.5))
print(start.lerp(end, 0.25))
print(torch.lerp(start, end, torch.tensor([0.0, 0.5, 1.0, 1.5])))
print(torch.lerp(start, end, -0.5), torch.lerp(start, end, 2))

# grads: scalar weight -> LerpBackward0, tensor weight -> LerpBackward1 (weight gets end - start)
s = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
e = torch.tensor([3.0, 0.0, 3.0], requires_grad=True)
w = torch.tensor([0.25, 0.5, 0.9], requires_grad=True)
y = torch.lerp(s, e, 0.3)
y.sum().backward()
print(y, s.grad, e.grad)
s.grad = None
e.grad = None
y = torch.lerp(s, e, w)
(y * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(y, s.grad, e.grad, w.grad)

# broadcasting weight, and an exponential moving average written with lerp_
ema = torch.zeros(3)
for step, val in enumerate([torch.tensor([1.0, 2.0, 3.0]), torch.tensor([2.0, 2.0, 2.0]), torch.tensor([0.0, 4.0, 1.0])]):
    ema.lerp_(val, 0.1)
    print(step, ema)
row = torch.lerp(torch.zeros(2, 3), torch.ones(2, 3), torch.tensor([[0.1], [0.9]]))
print(row)
d = torch.lerp(torch.tensor([1.0], dtype=torch.float64), torch.tensor([2.0], dtype=torch.float64), 0.3)
print(d)

# clamp_min / clamp_max
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
lo = torch.clamp_min(x, 0.0)
hi = x.clamp_max(0.5)
print(lo, hi)
print(type(lo.grad_fn).__name__, type(hi.grad_fn).__name__)
(lo + 2 * hi).sum().backward()
print("grad (bound points pass the gradient)", x.grad)

# tensor bounds: grads flow to the bound where it wins
x.grad = None
b = torch.tensor([0.0, 0.0, 0.0, 1.0, 1.0], requires_grad=True)
m = torch.clamp_min(x, b)
m.sum().backward()
print(m, type(m.grad_fn).__name__, x.grad, b.grad)
x.grad = None
b.grad = None
m = torch.clamp_max(x, b)
m.sum().backward()
print(m, type(m.grad_fn).__name__, x.grad, b.grad)

# int tensors, in-place, torch.clamp_min_
i = torch.tensor([-5, 0, 5])
print(torch.clamp_min(i, 1), torch.clamp_max(i, 1), i.clamp_min(-1.5))
v = torch.tensor([-3.0, 3.0]); v.clamp_min_(0); print(v)
v = torch.tensor([-3.0, 3.0]); v.clamp_max_(1); print(v)
v = torch.tensor([-3.0, 3.0]); torch.clamp_min_(v, -1); print(v)
v = torch.tensor([-3.0, 3.0]); torch.clamp_max_(v, 2); print(v)
print(torch.clamp_min(torch.tensor([float("nan"), 1.0]), 2.0), torch.clamp_max(torch.tensor([float("nan"), 1.0]), 0.0))
