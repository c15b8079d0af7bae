import torch
import torch.nn as nn

torch.manual_seed(16)
model = nn.Sequential(
    nn.Conv2d(1, 4, 3),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(4 * 4 * 4, 10),
)
print(model(torch.randn(2, 1, 10, 10)).shape)
try:
    model(torch.randn(2, 1, 8, 8))
except RuntimeError as e:
    print("caught:", e)
model(torch.randn(3, 1, 12, 12))
