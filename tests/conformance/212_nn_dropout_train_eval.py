import torch
import torch.nn as nn

torch.manual_seed(0)
drop = nn.Dropout(p=0.5)
print(drop)
x = torch.ones(2, 8)
print(drop.training)
print(drop(x))
drop.eval()
print(drop(x))
drop.train()
torch.manual_seed(1)
y = drop(x)
print(y)
print((y == 0).sum().item(), y.max().item())
print(nn.Dropout(0.2)(torch.ones(10)))
print(nn.Dropout(p=0.0)(torch.ones(3)))
