import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0, 0.5], [0.1, 0.2, 3.0]], requires_grad=True)
target = torch.tensor([1, 2])
loss = F.cross_entropy(x, target)
loss.backward()
print(loss, x.grad)
y = torch.tensor([0.5, 1.5], requires_grad=True)
mse = F.mse_loss(y, torch.tensor([1.0, 1.0]))
mse.backward()
print(mse, y.grad)
p = F.softmax(torch.tensor([1.0, 2.0, 3.0]), dim=0)
print(p, F.log_softmax(torch.tensor([1.0, 2.0, 3.0]), dim=0))
