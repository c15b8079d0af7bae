import torch
x = torch.arange(6.0)
v = x.view(2, 3)
v[0, 0] = 100.0
print(x)
t = v.t()
print(t, t.is_contiguous())
r = x.reshape(3, 2)
r[2, 1] = -1.0
print(x)
print(x.unsqueeze(0).shape, x.view(2, 3).unsqueeze(1).shape, torch.zeros(1, 3, 1).squeeze().shape)
