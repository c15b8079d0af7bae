import torch
import torch.nn as nn
import torch.optim as optim

def run(**kwargs):
    torch.manual_seed(0)
    x = torch.randn(10, 2)
    y = (x[:, :1] - x[:, 1:]) * 2
    model = nn.Linear(2, 1)
    opt = optim.SGD(model.parameters(), lr=0.1, **kwargs)
    for step in range(10):
        opt.zero_grad()
        loss = ((model(x) - y) ** 2).mean()
        loss.backward()
        opt.step()
    print(kwargs, loss.item())
    print(model.weight.data, model.bias.data)

run()
run(momentum=0.9, nesterov=True)
run(weight_decay=0.1)
run(momentum=0.5, dampening=0.1)
