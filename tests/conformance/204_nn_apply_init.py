import torch
import torch.nn as nn

def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 0.5)
        nn.init.zeros_(m.bias)
        print("init", m)

model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
r = model.apply(init_weights)
print(r is model)
print(model[0].weight)
print(model[2].bias)
print(model(torch.tensor([[1.0, 2.0]])))

def init_normal(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, mean=0.0, std=0.01)
        nn.init.constant_(m.bias, 0.1)

torch.manual_seed(0)
model.apply(init_normal)
print(model[0].weight)
print(model[0].bias)

def init_xavier(m):
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)

torch.manual_seed(0)
model.apply(init_xavier)
print(model[2].weight)
