import torch
import torch.nn as nn
from collections import OrderedDict

torch.manual_seed(0)
model = nn.Sequential(OrderedDict([
    ("fc1", nn.Linear(2, 3)),
    ("relu", nn.ReLU()),
    ("fc2", nn.Linear(3, 1)),
]))
print(model)
print(model.fc1)
print(model[0] is model.fc1)
print(list(model.state_dict().keys()))
print(model(torch.tensor([[0.5, -0.5]])))
model.add_module("out", nn.Sigmoid())
print(model)
print([name for name, _ in model.named_children()])
