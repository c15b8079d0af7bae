# Boolean-mask ops: masked_fill / masked_select / masked_scatter, plus take, nonzero, argwhere.
import torch

x = torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
neg = x < 0
print(x.masked_fill(neg, 0.0))
print(torch.masked_fill(x, neg, float("-inf")))
print(x.masked_fill(torch.tensor([True, False, True]), 9.0))
print(x.masked_fill(neg, torch.tensor(-1.0)))
print(torch.masked_select(x, neg), x.masked_select(torch.tensor([[False], [True]])))
print(x.masked_scatter(neg, torch.tensor([10.0, 20.0, 30.0, 40.0])))
y = x.clone()
y.masked_fill_(~neg, 1.0)
print(y)
y.masked_scatter_(neg, torch.arange(100.0, 106.0))
print(y)

print(torch.take(x, torch.tensor([0, 5, -1])))
print(x.take(torch.tensor([[1, 2], [3, 4]])))

print(torch.nonzero(neg))
print(neg.nonzero(as_tuple=True))
r, c = torch.nonzero(x > 2, as_tuple=True)
print(r, c, x[r, c])
print(torch.tensor([0, 3, 0, 7]).nonzero(), torch.tensor([0.0, 1.5]).nonzero(as_tuple=True))
print(torch.argwhere(x > 0), torch.argwhere(torch.tensor([1, 0, 2])))
print(torch.nonzero(torch.zeros(2, 2)), torch.nonzero(torch.tensor(5)))

# grads: filled positions get none; masked_select routes back to the selected ones
leaf = torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]], requires_grad=True)
w = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
mf = leaf.masked_fill(neg, 0.0)
print(type(mf.grad_fn).__name__)
(mf * w).sum().backward()
print(leaf.grad)
leaf.grad = None
ms = leaf.masked_select(neg)
print(ms, type(ms.grad_fn).__name__)
(ms * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(leaf.grad)
leaf.grad = None
source = torch.tensor([7.0, 8.0, 9.0, 10.0], requires_grad=True)
sc = leaf.masked_scatter(neg, source)
print(type(sc.grad_fn).__name__)
(sc * w).sum().backward()
print(leaf.grad, source.grad)
leaf.grad = None
tk = leaf.take(torch.tensor([5, 5, 0]))
print(type(tk.grad_fn).__name__)
tk.sum().backward()
print(leaf.grad)
