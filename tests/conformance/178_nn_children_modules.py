import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(3, 4), nn.ReLU())
        self.decoder = nn.Linear(4, 3)

    def forward(self, x):
        return self.decoder(self.encoder(x))

torch.manual_seed(0)
net = Net()
print(list(net.children()))
for name, child in net.named_children():
    print(name, type(child).__name__)
for name, m in net.named_modules():
    print(repr(name), type(m).__name__)
print(len(list(net.modules())))
