import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.5))
        self.out = nn.Linear(2, 1)

    def forward(self, x):
        return self.out(self.body(x))

torch.manual_seed(0)
net = Net()
print(net.training, net.body.training, net.body[1].training, net.out.training)
r = net.eval()
print(r is net)
print(net.training, net.body.training, net.body[1].training, net.out.training)
net.train()
print([m.training for m in net.modules()])
net.body.eval()
print([m.training for m in net.modules()])
net.train(False)
print([m.training for m in net.modules()])
