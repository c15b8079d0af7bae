# finfo as published training code uses it: clamping probabilities before a log, guarding a
# division, masking attention scores with the most negative float, and iinfo as a sentinel.
import torch

eps = torch.finfo(torch.float32).eps
p = torch.tensor([0.0, 0.25, 1.0, 0.9], requires_grad=True)
target = torch.tensor([0.0, 1.0, 1.0, 0.0])
pc = p.clamp(min=eps, max=1 - eps)
print(pc.tolist(), pc.grad_fn.name())
bce = -(target * pc.log() + (1 - target) * (1 - pc).log()).mean()
print(bce)
bce.backward()
print(p.grad)

# a safe normalisation: x / max(norm, eps) keeps zero rows finite (their gradient is 1 / eps)
x = torch.tensor([[3.0, 4.0], [0.0, 0.0]], requires_grad=True)
norm = x.norm(dim=1, keepdim=True)
unit = x / norm.clamp_min(eps)
print(unit, unit.grad_fn.name())
unit.sum().backward()
print(x.grad)

# the same guard in float64 uses float64's eps
x64 = torch.tensor([1e-20, 2.0], dtype=torch.float64)
eps64 = torch.finfo(x64.dtype).eps
print(eps64, (x64 / x64.abs().clamp(min=eps64)).tolist())
print(torch.log(torch.tensor([0.0, 1e-30]).clamp(min=torch.finfo(torch.float32).tiny)))

# attention-style masking: filled positions get zero weight and zero gradient
scores = torch.tensor([[1.0, 2.0, 0.5], [0.3, -1.0, 2.0]], requires_grad=True)
mask = torch.tensor([[False, False, True], [True, False, False]])
filled = scores.masked_fill(mask, torch.finfo(scores.dtype).min)
print(filled.detach())
attn = filled.softmax(dim=-1)
print(attn)
(attn * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(scores.grad)

# integer sentinels: "no index yet" and a running minimum over int64 data
big = torch.iinfo(torch.int64).max
best = torch.full((3,), big)
cand = torch.tensor([[5, 9, 2], [7, 1, 8]])
for row in cand:
    best = torch.minimum(best, row)
print(best, best.dtype, torch.full((2,), torch.iinfo(torch.int64).min))
print(torch.tensor([1, 2]).clamp(max=torch.iinfo(torch.int64).max), torch.tensor([3.0]).clamp(max=torch.finfo(torch.float32).max))
