import torch
import torch.nn as nn

ident = nn.Identity()
print(ident)
x = torch.arange(24.0).reshape(2, 3, 4)
print(torch.equal(ident(x), x))
flat = nn.Flatten()
print(flat)
y = flat(x)
print(y.shape)
print(y)
print(nn.Flatten(0, 1)(x).shape)
print(nn.Flatten(start_dim=0)(x).shape)
print(torch.flatten(x, 1).shape)
unflat = nn.Unflatten(1, (3, 4))
print(unflat)
print(unflat(y).shape)
