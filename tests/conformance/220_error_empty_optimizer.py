import torch
import torch.nn as nn
import torch.optim as optim

class Empty(nn.Module):
    def forward(self, x):
        return x

m = Empty()
print(list(m.parameters()))
try:
    optim.SGD(m.parameters(), lr=0.1)
except ValueError as e:
    print("caught:", e)
optim.Adam([], lr=0.01)
