import torch
import torch.nn as nn

def make():
    return nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))

torch.manual_seed(0)
a = make()
torch.manual_seed(1)
b = make()
x = torch.tensor([[0.1, 0.2, 0.3]])
print(a(x))
print(b(x))
print(torch.equal(a(x), b(x)))
result = b.load_state_dict(a.state_dict())
print(result)
print(b(x))
print(torch.equal(a(x), b(x)))
print(torch.equal(a[0].weight, b[0].weight))
a[0].weight.data.fill_(0.0)
print(b[0].weight.sum() != 0)
