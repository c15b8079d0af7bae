import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(4, 5)
x = torch.ones(2, 3)
try:
    layer(x)
except RuntimeError as e:
    print("caught:", e)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(5, 2))
model(x)
