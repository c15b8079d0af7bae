import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
sd = model.state_dict()
print(sd)
print(sd.keys())
print(list(sd.keys()))
for k, v in sd.items():
    print(k, v.shape, v.requires_grad)
print(type(sd).__name__)
