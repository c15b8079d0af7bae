# sort returns torch.return_types.sort(values, indices); argsort returns just the indices.
import torch

x = torch.tensor([[3.0, 1.0, 2.0, 1.0], [0.0, 5.0, 5.0, -1.0]], requires_grad=True)
print(torch.sort(x))
print(x.sort(descending=True))
print(torch.sort(x, dim=0))
print(torch.sort(x, stable=True, descending=True))
print(x.sort(-1, True))
s = torch.sort(x, 1)
print(type(s).__name__, len(s), s.indices.dtype)
print(type(s.values.grad_fn).__name__, type(torch.sort(x, stable=True).values.grad_fn).__name__)

# the gradient is scattered back to where each value came from
(s.values * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
print(x.grad)
x.grad = None
values, indices = x.sort(dim=0, descending=True)
(values * torch.tensor([[1.0], [10.0]])).sum().backward()
print(values, indices, x.grad, sep="\n")

# argsort
print(torch.argsort(x), x.argsort(dim=0, descending=True), torch.argsort(x, -1, True), sep="\n")
print(torch.argsort(x, dim=1, stable=True))
print(torch.equal(x[0][x[0].argsort()], x[0].sort().values))

# stable=True keeps equal keys in their original order
keys = torch.tensor([2, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1])
print(torch.sort(keys, stable=True))
print(torch.sort(keys, stable=True, descending=True).indices)
print(torch.argsort(keys, stable=True))

# nan sorts last ascending and first descending; bools and 0-d
print(torch.sort(torch.tensor([2.0, float("nan"), 1.0, -float("inf")])))
print(torch.sort(torch.tensor([2.0, float("nan"), 1.0]), descending=True))
print(torch.sort(torch.tensor([True, False, True])), torch.sort(torch.tensor(3.0)))
# ranking: argsort of argsort
scores = torch.tensor([0.3, 0.9, 0.1, 0.5])
print(scores.argsort().argsort(), scores.argsort(descending=True)[:2])
