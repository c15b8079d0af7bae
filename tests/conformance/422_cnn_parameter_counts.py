import torch
import torch.nn as nn

def count(model):
    return sum(p.numel() for p in model.parameters())

def count_trainable(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)

torch.manual_seed(10)
cnn = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1),
    nn.BatchNorm2d(16),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(16, 32, 3, padding=1, bias=False),
    nn.BatchNorm2d(32),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(32, 10),
)
print(count(cnn))
for name, p in cnn.named_parameters():
    print(name, tuple(p.shape), p.numel())
print(count(nn.Conv2d(3, 16, 3)), count(nn.Conv2d(3, 16, 3, bias=False)))
print(count(nn.Conv2d(16, 16, 3, groups=16)), count(nn.Conv1d(8, 4, 5)))
for p in cnn[0].parameters():
    p.requires_grad_(False)
print(count_trainable(cnn))
print(sum(b.numel() for b in cnn.buffers()))
print(len(list(cnn.parameters())), len(list(cnn.modules())))
