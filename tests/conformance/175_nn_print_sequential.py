import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8),
    nn.ReLU(),
    nn.Linear(8, 2),
)
print(model)
x = torch.randn(3, 4)
out = model(x)
print(out)
print(type(out.grad_fn).__name__)
