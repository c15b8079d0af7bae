import torch
import torch.nn as nn

torch.manual_seed(9)
model = nn.Sequential(
    nn.Conv2d(1, 3, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(3 * 3 * 3, 2),
)
print(model)
x = torch.randn(2, 1, 6, 6)
feat = model[:3](x)
print(feat.shape)
flat = model[3](feat)
print(flat.shape)
print(torch.equal(flat, feat.reshape(2, -1)))
print(flat.grad_fn.name())
out = model(x)
print(out.shape)
print(out)
f2 = nn.Flatten(start_dim=2)
print(f2)
print(f2(feat).shape)
print(nn.Flatten(0, 1)(feat).shape)
print(nn.Flatten()(torch.ones(5, 2, 3, 4)).shape)
