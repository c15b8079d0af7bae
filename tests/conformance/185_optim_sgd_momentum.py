import torch
import torch.nn as nn
import torch.optim as optim

torch.manual_seed(0)
x = torch.randn(16, 3)
true_w = torch.tensor([[1.0], [-2.0], [0.5]])
y = x @ true_w + 1.0
model = nn.Linear(3, 1)
opt = optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
loss_fn = nn.MSELoss()
for step in range(20):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    if step % 4 == 0:
        print(step, loss.item())
print(model.weight.data)
print(model.bias.data)
print(opt.state_dict()['param_groups'])
