import torch
import torch.nn as nn

pool = nn.MaxPool2d(2)
print(pool(torch.ones(1, 1, 2, 2)))
try:
    nn.Conv2d(1, 1, 5)(torch.ones(1, 1, 3, 3))
except RuntimeError as e:
    print("caught:", e)
pool(torch.ones(1, 1, 1, 1))
