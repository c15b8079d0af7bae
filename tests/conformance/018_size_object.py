import torch
x = torch.zeros(2, 3, 4)
s = x.shape
print(s, s[0], s[-1], len(s), s[1:], tuple(s), list(s))
print(s == (2, 3, 4), torch.Size([2, 3]), x.size(1), x.size(-1))
a, b, c = x.shape
print(a + b + c, s.numel())
