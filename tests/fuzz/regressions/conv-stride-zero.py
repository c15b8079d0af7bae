import torch
import torch.nn.functional as F

x = torch.arange(25.0).reshape(1, 1, 5, 5)
edge = torch.tensor([[[[1.0, 0.0, -1.0],
                       [2.0, 0.0, -2.0],
                       [1.0, 0.0, -1.0]]]])
print(F.conv2d(x, edge))
print(F.conv2d(x, edge, padding=1))
print(F.conv2d(x, edge, stride=2))
box = torch.ones(1, 1, 2, 2) / 4
print(F.conv2d(x, box, stride=0))
w = torch.stack([edge[0], edge[0].transpose(1, 2)])
print(w.shape)
out = F.conv2d(x, w, bias=torch.tensor([0.5, -0.5]))
print(out)
w2 = torch.tensor([[[[1.0, -1.0]]]], requires_grad=True)
y = F.conv2d(x, w2, dilation=(1, 2))
print(y.shape)
y.sum().backward()
print(w2.grad)
