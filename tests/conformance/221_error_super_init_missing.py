import torch
import torch.nn as nn

class Forgot(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(2, 2)

    def forward(self, x):
        return self.fc(x)

print(issubclass(Forgot, nn.Module))
Forgot()
