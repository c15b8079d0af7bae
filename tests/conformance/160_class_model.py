import torch

class TinyNet:
    def __init__(self):
        torch.manual_seed(0)
        self.w = torch.randn(3, 1, requires_grad=True)
        self.b = torch.zeros(1, requires_grad=True)

    def __call__(self, x):
        return torch.sigmoid(x @ self.w + self.b)

    def parameters(self):
        return [self.w, self.b]

net = TinyNet()
x = torch.tensor([[1.0, 2.0, 3.0]])
out = net(x)
out.sum().backward()
print(out)
for p in net.parameters():
    print(p.grad)
