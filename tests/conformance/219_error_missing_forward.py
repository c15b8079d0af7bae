import torch
import torch.nn as nn

class NoForward(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)

m = NoForward()
print(m)
m(torch.ones(1, 2))
