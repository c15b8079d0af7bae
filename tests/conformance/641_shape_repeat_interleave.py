# repeat_interleave repeats each element in place (like numpy.repeat), flattening without dim.
import torch

x = torch.tensor([[1, 2], [3, 4]])
print(torch.repeat_interleave(x, 2))
print(x.repeat_interleave(2, dim=0))
print(x.repeat_interleave(3, dim=1))
print(torch.repeat_interleave(x, torch.tensor([1, 2]), dim=0))
print(torch.repeat_interleave(x, torch.tensor([0, 3]), dim=1))
print(x.repeat_interleave(2, dim=-1).shape, x.repeat_interleave(2).dtype)

# a tensor of counts alone gives the indices 0..n-1 repeated
counts = torch.tensor([2, 0, 1, 3])
print(torch.repeat_interleave(counts))

# ragged rows: expand per-row labels to per-token labels
lengths = torch.tensor([3, 1, 2])
labels = torch.tensor([10, 20, 30])
print(labels.repeat_interleave(lengths))

# gradients sum over the copies
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = a.repeat_interleave(2)
print(y)
(y * torch.arange(1.0, 7.0)).sum().backward()
print("grad (int repeats):", a.grad)
a.grad = None
y = torch.repeat_interleave(a, torch.tensor([3, 0, 2]))
print(y)
(y * torch.tensor([1.0, 2.0, 4.0, 8.0, 16.0])).sum().backward()
print("grad (tensor repeats):", a.grad)

m = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
z = m.repeat_interleave(torch.tensor([2, 1]), dim=1)
print(z)
(z * torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])).sum().backward()
print(m.grad)
print(torch.repeat_interleave(torch.tensor(5.0), 3))
