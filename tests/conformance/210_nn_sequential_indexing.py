import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2), nn.Sigmoid())
print(model[0])
print(model[-1])
print(len(model))
first_two = model[:2]
print(first_two)
print(type(first_two).__name__)
x = torch.tensor([[1.0, 0.0, -1.0]])
print(first_two(x))
for i, layer in enumerate(model):
    print(i, layer)
h = x
for layer in model:
    h = layer(h)
print(h)
print(torch.equal(h, model(x)))
model.append(nn.Linear(2, 1))
print(len(model), model[4])
