# all / any with and without dim on bool, float and int tensors; prod by dim and its gradient.
import torch

x = torch.tensor([[0.0, 1.5, -2.0], [3.0, 0.5, 1.0]])
print(torch.all(x), x.any(), torch.all(x).dtype)
print(torch.all(x, dim=1), x.any(0))
print(x.all(0, keepdim=True), torch.any(x, -1, keepdim=True))
mask = x > 0
print(mask.all(dim=-1), mask.any(dim=0), torch.all(mask, 1).dtype)
print(torch.any(torch.tensor([[0, 2], [0, 0]]), 1), torch.all(torch.tensor([[1, 2], [0, 4]]), dim=0))
u = torch.tensor([[0, 2], [3, 4]], dtype=torch.uint8)
print(torch.all(u, 1), u.any())
print(torch.tensor([1.0, float("nan")]).all(), torch.tensor([0.0, -0.0]).any())
print(torch.all(torch.tensor([])), torch.any(torch.tensor([])), torch.zeros(2, 0).all(1), torch.zeros(0, 3).any(0))
# typical checks
probs = torch.softmax(torch.tensor([[1.0, 2.0], [0.5, 0.5]]), dim=1)
print(((probs >= 0) & (probs <= 1)).all(), torch.isfinite(probs).all(dim=1))
if (x != 0).any():
    print("some nonzero")

# prod
p = torch.tensor([[1.0, 2.0, 3.0], [0.5, 4.0, -2.0]], requires_grad=True)
print(torch.prod(p), p.prod(1), torch.prod(p, 0, keepdim=True), p.prod(dim=-1, keepdim=True))
print(type(p.prod().grad_fn).__name__, type(p.prod(1).grad_fn).__name__)
p.prod().backward()
print(p.grad)
p.grad = None
(torch.prod(p, 1) * torch.tensor([1.0, 10.0])).sum().backward()
print(p.grad)
p.grad = None
torch.prod(p, 0).sum().backward()
print(p.grad)
# zeros: one zero still gives the others' product as its gradient, two zeros give all-zero grads
z = torch.tensor([[1.0, 0.0, 3.0], [0.0, 0.0, 2.0]], requires_grad=True)
torch.prod(z, 1).sum().backward()
print(z.grad)
z.grad = None
z.prod().backward()
print(z.grad)
# dtypes
print(torch.prod(torch.tensor([1, 2, 3]), 0), torch.prod(torch.tensor([True, True])).dtype,
      torch.prod(torch.tensor([1, 2, 3]), dtype=torch.float32), torch.prod(torch.tensor([])))
