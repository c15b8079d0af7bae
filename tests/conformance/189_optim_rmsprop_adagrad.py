import torch
import torch.nn as nn
import torch.optim as optim

def train(opt_name):
    torch.manual_seed(7)
    x = torch.randn(12, 2)
    y = x[:, :1] * 2 - x[:, 1:] + 0.3
    model = nn.Linear(2, 1)
    if opt_name == "rmsprop":
        opt = optim.RMSprop(model.parameters(), lr=0.01)
    else:
        opt = optim.Adagrad(model.parameters(), lr=0.1)
    for step in range(15):
        opt.zero_grad()
        loss = nn.MSELoss()(model(x), y)
        loss.backward()
        opt.step()
        if step % 5 == 0:
            print(opt_name, step, loss.item())
    print(model.weight.data, model.bias.data)
    print(opt)

train("rmsprop")
train("adagrad")
