# index_select plus the in-place index_add_ / index_copy_ / index_fill_ family.
import torch

x = torch.arange(12.0).reshape(3, 4)
rows = torch.tensor([2, 0, 2])
print(torch.index_select(x, 0, rows))
print(x.index_select(1, torch.tensor([3, 1])))
print(x.index_select(-1, torch.tensor([0])).shape, torch.arange(5).index_select(0, torch.tensor([4, 4, 1])))
print(x.index_select(0, torch.tensor([1], dtype=torch.int32)))

t = torch.zeros(3, 2)
t.index_add_(0, torch.tensor([0, 2, 0]), torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
print(t)
t.index_add_(1, torch.tensor([1]), torch.ones(3, 1), alpha=10)
print(t)
print(torch.index_add(torch.zeros(4), 0, torch.tensor([1, 1, 3]), torch.tensor([1.0, 2.0, 3.0])))
print(torch.zeros(2, 3).index_add(1, torch.tensor([2, 0]), torch.ones(2, 2)))

c = torch.zeros(4, 2)
r = c.index_copy_(0, torch.tensor([3, 1]), torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
print(c, r is c)
print(torch.index_copy(torch.zeros(2, 3), 1, torch.tensor([0, 2]), torch.tensor([[7.0, 8.0], [9.0, 10.0]])))

f = torch.arange(6.0).reshape(2, 3)
f.index_fill_(1, torch.tensor([0, 2]), -1.0)
print(f)
print(torch.arange(4).index_fill(0, torch.tensor([1, 3]), 0))
print(f.index_fill(0, torch.tensor([1]), torch.tensor(5.0)))

# grads
leaf = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
sel = leaf.index_select(0, torch.tensor([2, 2, 0]))
print(type(sel.grad_fn).__name__)
(sel * torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])).sum().backward()
print(leaf.grad)
src = torch.tensor([[1.0, 1.0], [2.0, 2.0]], requires_grad=True)
h = leaf * 1
h.index_add_(0, torch.tensor([1, 1]), src, alpha=3)
print(h, type(h.grad_fn).__name__)
w = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
leaf.grad = None
(h * w).sum().backward()
print(leaf.grad, src.grad)
k = leaf.index_copy(0, torch.tensor([0]), src[:1])
m = leaf.index_fill(1, torch.tensor([1]), 0.0)
print(type(k.grad_fn).__name__, type(m.grad_fn).__name__)
leaf.grad = None; src.grad = None
((k + m) * w).sum().backward()
print(leaf.grad, src.grad)
