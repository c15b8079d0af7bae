import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

class TwoLayerNet(nn.Module):
    def __init__(self, d_in, hidden, d_out):
        super().__init__()
        self.linear1 = nn.Linear(d_in, hidden)
        self.linear2 = nn.Linear(hidden, d_out)

    def forward(self, x):
        h = F.relu(self.linear1(x))
        return self.linear2(h)

torch.manual_seed(0)
x = torch.randn(16, 5)
y = torch.randn(16, 2)
model = TwoLayerNet(5, 10, 2)
print(model)
optimizer = optim.SGD(model.parameters(), lr=1e-2)
for t in range(30):
    y_pred = model(x)
    loss = F.mse_loss(y_pred, y, reduction='sum')
    if t % 10 == 9:
        print(t, loss.item())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(sum(p.numel() for p in model.parameters()))
