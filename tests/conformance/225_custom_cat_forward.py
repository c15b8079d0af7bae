import torch
import torch.nn as nn

class TwoBranch(nn.Module):
    def __init__(self):
        super().__init__()
        self.left = nn.Linear(3, 2)
        self.right = nn.Linear(3, 4)
        self.merge = nn.Linear(6, 1)

    def forward(self, x):
        combined = torch.cat([self.left(x), self.right(x)], dim=1)
        return self.merge(combined)

torch.manual_seed(0)
net = TwoBranch()
x = torch.tensor([[1.0, 2.0, 3.0], [0.0, -1.0, 1.0]])
out = net(x)
print(out)
out.sum().backward()
print(net.left.weight.grad)
print(net.right.bias.grad)
print(net.merge.weight.grad)
