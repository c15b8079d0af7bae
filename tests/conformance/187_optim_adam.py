import torch
import torch.nn as nn
import torch.optim as optim

torch.manual_seed(3)
x = torch.randn(32, 4)
y = x.sum(dim=1, keepdim=True) * 0.5
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = optim.Adam(model.parameters(), lr=0.01)
criterion = nn.MSELoss()
for step in range(25):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    if step % 5 == 0:
        print(step, loss.item())
print(optimizer)
state = optimizer.state[model[0].weight]
print(sorted(state.keys()))
print(state['step'])
print(state['exp_avg'].shape)
