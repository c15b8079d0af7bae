# Shape helpers from array code ported to torch: ravel, atleast_1d/2d/3d for inputs of any rank,
# and take_along_dim with argsort / argmax / topk indices (gather with broadcasting), with grads.
import torch

m = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
flat = torch.ravel(m)
print(flat, flat.grad_fn.name(), m.t().ravel(), m.t().ravel().grad_fn.next_functions[0][0].name())
(flat * torch.arange(6.0)).sum().backward()
print(m.grad)
print(torch.ravel(torch.tensor(5.0)), torch.tensor([[True], [False]]).ravel())

s, v, mat = torch.tensor(2.0), torch.tensor([1.0, 2.0]), torch.ones(2, 3)
print(torch.atleast_1d(s), torch.atleast_1d(v) is v, torch.atleast_2d(s), torch.atleast_2d(v))
print(torch.atleast_3d(s).shape, torch.atleast_3d(v).shape, torch.atleast_3d(mat).shape, torch.atleast_3d(torch.ones(2, 3, 4, 5)).shape)
print(torch.atleast_2d(mat) is mat, torch.atleast_1d(s, v), torch.atleast_2d([s, v]))
print(type(torch.atleast_3d(s, v)).__name__, [t.shape for t in torch.atleast_3d((s, v, mat))])
sg = torch.tensor(3.0, requires_grad=True)
print(torch.atleast_1d(sg).grad_fn.name(), torch.atleast_3d(v.requires_grad_()).grad_fn.name(), torch.atleast_3d(m).grad_fn.name())

# sort each row by a score and carry other values along with it
scores = torch.tensor([[0.2, 0.9, 0.1, 0.5], [0.7, 0.3, 0.8, 0.6]], requires_grad=True)
order = scores.argsort(dim=1, descending=True)
ranked = torch.take_along_dim(scores, order, dim=1)
print(order, ranked, ranked.grad_fn.name())
names = torch.tensor([[10, 11, 12, 13], [20, 21, 22, 23]])
print(torch.take_along_dim(names, order, dim=1))
(ranked[:, :2] * torch.tensor([2.0, 1.0])).sum().backward()
print(scores.grad)

# argmax with keepdim and topk indices; index rows broadcast against the input
best = scores.argmax(dim=1, keepdim=True)
print(best, torch.take_along_dim(scores, best, dim=1), scores.take_along_dim(best, 1).shape)
top = scores.topk(2, dim=1).indices
print(torch.take_along_dim(scores, top, dim=1), torch.take_along_dim(scores, torch.tensor([[0], [3]]), dim=1))
print(torch.take_along_dim(scores, torch.tensor([[1, 0, 1, 0]]), dim=0))
print(torch.take_along_dim(torch.arange(3.0).unsqueeze(0), torch.tensor([[0, 2], [1, 1]]), dim=1))

# without dim: flat indices into the raveled input
flat_idx = scores.flatten().argsort(descending=True)[:3]
picked = torch.take_along_dim(scores, flat_idx)
print(flat_idx, picked, picked.grad_fn.name(), picked.grad_fn.next_functions[0][0].name())
scores.grad = None
picked.sum().backward()
print(scores.grad)
print(torch.take_along_dim(names, torch.tensor([7, 0, 3])), torch.take_along_dim(scores, order, dim=-1).grad_fn.next_functions[0][0].name())
