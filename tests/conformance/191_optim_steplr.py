import torch
import torch.nn as nn
import torch.optim as optim
from torch.optim.lr_scheduler import StepLR

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = optim.SGD(model.parameters(), lr=0.02)
scheduler = StepLR(optimizer, step_size=3, gamma=0.5)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
y = torch.tensor([[1.0], [2.0]])
for epoch in range(8):
    optimizer.zero_grad()
    loss = nn.MSELoss()(model(x), y)
    loss.backward()
    optimizer.step()
    print(epoch, scheduler.get_last_lr(), optimizer.param_groups[0]['lr'], loss.item())
    scheduler.step()
print(scheduler.last_epoch, scheduler.base_lrs)
print(scheduler.get_last_lr())
