import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(10, 5), nn.ReLU(), nn.Linear(5, 1))
for name, p in model.named_parameters():
    print(name, p.shape, p.requires_grad)
total = sum(p.numel() for p in model.parameters())
print("total parameters:", total)
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print("trainable:", trainable)
print(len(list(model.parameters())))
print(type(model.parameters()).__name__)
