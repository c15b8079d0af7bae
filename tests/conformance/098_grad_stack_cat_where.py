import torch
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, -4.0], requires_grad=True)
s = torch.stack([a, b * 2])
c = torch.cat([a, b])
w = torch.where(b > 0, a, b)
(s.sum() + (c * c).sum() + w.sum()).backward()
print(s, c, w)
print(a.grad, b.grad)
