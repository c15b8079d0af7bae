# cummax / cummin return (values, indices) as torch.return_types; ties pick the latest index.
import torch

a = torch.tensor([1.0, 3.0, 2.0, 3.0, 0.5, 4.0], requires_grad=True)
r = torch.cummax(a, dim=0)
print(r)
print(type(r).__name__, len(r))
print(r.values)
print(r.indices, r.indices.dtype)
print(torch.equal(r[0], r.values), torch.equal(r[1], r.indices))
print(torch.cummin(torch.tensor([3.0, 1.0, 4.0, 1.0]), 0))
vals, idx = torch.cummin(a, 0)
print(vals, idx, sep="\n")
print(type(r.values.grad_fn).__name__, type(vals.grad_fn).__name__)

# gradient flows to the element each running max came from
r.values.sum().backward()
print("cummax grad", a.grad)
a.grad = None
(vals * torch.arange(1.0, 7.0)).sum().backward()
print("cummin grad", a.grad)

# 2-D, along either dim, as methods and with negative dims
m = torch.tensor([[3.0, 1.0, 4.0, 1.0], [5.0, 9.0, 2.0, 6.0], [5.0, 3.0, 5.0, 8.0]], requires_grad=True)
print(m.cummax(1))
print(torch.cummin(m, dim=-2))
v, i = m.cummax(dim=0)
print(i)
(v * torch.tensor([[1.0], [10.0], [100.0]])).sum().backward()
print(m.grad)

# integers, and nan propagates once seen
print(torch.cummin(torch.tensor([[3, 1, 2], [0, 5, -1]]), dim=1))
print(torch.cummax(torch.tensor([1.0, float("nan"), 2.0]), 0))
# a "best so far" curve of validation losses
losses = torch.tensor([0.9, 0.7, 0.75, 0.6, 0.65, 0.55])
best, at = losses.cummin(0)
print(best, at)
