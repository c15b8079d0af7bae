import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
x.data[0] = 5
print(x)
d = x.detach()
d[1] = 7.0
print(x)
print(d.requires_grad, x.data.requires_grad)
