import torch
import torch.nn as nn
import torch.optim as optim

torch.manual_seed(0)
model = nn.Linear(2, 1)
x = torch.tensor([[1.0, 2.0]])
model(x).sum().backward()
print(model.weight.grad)
print(model.bias.grad)
model.zero_grad()
print(model.weight.grad)
print(model.bias.grad)
opt = optim.SGD(model.parameters(), lr=0.1)
model(x).sum().backward()
print(model.weight.grad)
opt.zero_grad()
print(model.weight.grad)
print(model.bias.grad)
model(x).sum().backward()
opt.zero_grad(set_to_none=True)
print(model.weight.grad)
print(model.bias.grad)
