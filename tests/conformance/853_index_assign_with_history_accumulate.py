# Assignments through tensor indices after other indices on tensors with history (CopySlices),
# and index_put_(accumulate=True) summing repeated positions.
import torch
torch.manual_seed(0)
leaf = torch.randn(3, 4, 5, requires_grad=True)
v = torch.randn(2, 5, requires_grad=True)
y = leaf * 1.5
y[:, torch.tensor([0, 2])] = v.unsqueeze(0) * 2
y[1:, torch.tensor([1]), torch.tensor([3, 4])] = -v[0, :2]
z = leaf.clone()
z[torch.tensor([0, 2]), :, torch.tensor([1, 1])] = 7.0
(y.sin().sum() + (z ** 2).sum()).backward()
print(y.grad_fn.name(), leaf.grad.sum().item(), v.grad)
print(leaf.grad[0, 0], leaf.grad[2, :, 1])
a = torch.zeros(2, 3)
a.index_put_((torch.tensor([0, 0, 1]), torch.tensor([2, 2, 0])), torch.tensor([1.0, 2.5, -1.0]), accumulate=True)
print(a)
b = torch.zeros(2, 3).t()
b.index_put_((torch.tensor([1, 1]),), torch.tensor([1.0, 2.0]), accumulate=True)
print(b)
