import torch
a = torch.ones(2, 3)
b = torch.ones(3, 2)
try:
    a * b
except RuntimeError as e:
    print(e)
try:
    torch.ones(4) + torch.ones(2, 3)
except RuntimeError as e:
    print(e)
