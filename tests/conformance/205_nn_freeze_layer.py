import torch
import torch.nn as nn
import torch.optim as optim

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 1))
model[0].requires_grad_(False)
for name, p in model.named_parameters():
    print(name, p.requires_grad)
before = model[0].weight.clone()
opt = optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
x = torch.randn(4, 3)
loss = model(x).pow(2).mean()
loss.backward()
print(model[0].weight.grad)
print(model[2].weight.grad)
opt.step()
print(torch.equal(before, model[0].weight))
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
for p in model[0].parameters():
    p.requires_grad = True
print([p.requires_grad for p in model.parameters()])
