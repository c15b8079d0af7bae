import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.LogSoftmax(dim=1))
x = torch.randn(5, 3)
target = torch.tensor([3, 0, 1, 1, 2])
log_probs = model(x)
print(log_probs)
nll = nn.NLLLoss()
print(nll)
loss = nll(log_probs, target)
print(loss.item())
print(loss.grad_fn.name())
ce = nn.CrossEntropyLoss()(model[0](x), target)
print(ce.item())
print(torch.allclose(loss, ce))
loss.backward()
print(model[0].bias.grad)
