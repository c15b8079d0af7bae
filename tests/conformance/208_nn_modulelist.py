import torch
import torch.nn as nn

class Stack(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:])])

    def forward(self, x):
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i < len(self.layers) - 1:
                x = torch.relu(x)
        return x

torch.manual_seed(0)
net = Stack([3, 5, 4, 2])
print(net)
print(len(net.layers))
print(net.layers[1])
print(net(torch.ones(1, 3)))
net.layers.append(nn.Linear(2, 1))
print(len(net.layers), net(torch.ones(1, 3)).shape)
print([n for n, _ in net.named_parameters()])

class Plain(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(2, 2)]

print(len(list(Plain().parameters())))
