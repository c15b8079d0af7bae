import torch
import torch.nn as nn

class MLP(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        self.fc1 = nn.Linear(n_in, n_hidden)
        self.act = nn.Tanh()
        self.fc2 = nn.Linear(n_hidden, n_out)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))

class Wrapper(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Dropout(0.25))
        self.head = MLP(4, 3, 1)

    def forward(self, x):
        return self.head(self.features(x))

torch.manual_seed(0)
print(MLP(5, 10, 2))
net = Wrapper()
print(net)
net.eval()
print(net(torch.tensor([[1.0, -2.0]])))
