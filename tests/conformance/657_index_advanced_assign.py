# Assigning through index expressions (on clones), and gradients through the assignment.
import torch

x = torch.arange(12.0).reshape(3, 4)
a = x.clone(); a[:, torch.tensor([0, 3])] = 0; print(a)
a = x.clone(); a[torch.tensor([2, 0]), :] = torch.tensor([-1.0, -2.0, -3.0, -4.0]); print(a)
a = x.clone(); a[torch.tensor([0, 1, 2]), torch.tensor([2, 0, 3])] = torch.tensor([100.0, 200.0, 300.0]); print(a)
a = x.clone(); a[..., 0] = -1; print(a)
a = x.clone(); a[None, :, None][0, 1] = 5; print(a)
a = x.clone(); a[:, torch.tensor([True, False, False, True])] = 8.0; print(a)
a = x.clone(); a[a > 6] = 0; print(a)
a = x.clone(); a[:, [1, 2]] = torch.tensor([[10.0], [20.0], [30.0]]); print(a)
a = x.clone(); a[torch.tensor([0, 2])] += 1; print(a)
a = x.clone(); a[:, 1:][:, torch.tensor([0])] = 0; print(a)
a = x.clone(); a[1:, torch.tensor([2])] *= 10; print(a)
a = x.clone(); a.index_put_((torch.tensor([0, 0]), torch.tensor([1, 1])), torch.tensor([1.0, 2.0]), accumulate=True); print(a[0])
i = torch.arange(4); i[torch.tensor([1, 2])] = torch.tensor([9, 8]); i[torch.tensor([3])] = 2.7; print(i)

# grads: the overwritten entries get no gradient, the values written get theirs
leaf = torch.arange(1.0, 13.0).reshape(3, 4).requires_grad_()
val = torch.tensor([[10.0], [20.0], [30.0]], requires_grad=True)
w = torch.arange(12.0).reshape(3, 4)
y = leaf * 2
y[:, torch.tensor([1, 3])] = val
print(type(y.grad_fn).__name__)
(y * w).sum().backward()
print(leaf.grad, val.grad, sep="\n")
leaf.grad = None
z = leaf.clone()
z[torch.tensor([0, 2]), torch.tensor([0, 3])] = 0.0
z[..., 1] = z[..., 1] * 3
z[:, torch.tensor([False, False, True, False])] = leaf[:, :1] * 5
(z * w).sum().backward()
print(z)
print(leaf.grad)
leaf.grad = None
q = leaf.clone()
q[torch.tensor([1, 1])] += leaf[0]
q.sum().backward()
print(leaf.grad)
