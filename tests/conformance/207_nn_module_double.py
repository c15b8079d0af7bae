import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.Tanh())
print(model[0].weight.dtype)
model.double()
print(model[0].weight.dtype, model[0].bias.dtype)
x = torch.tensor([[1.0, 2.0]], dtype=torch.float64)
print(model(x))
model.float()
print(model[0].weight.dtype)
print(model(torch.tensor([[1.0, 2.0]])))
model.to(torch.float64)
print(model[0].weight)
