import torch
import torch.nn as nn

class FeedForwardBlock(nn.Module):
    def __init__(self, d_model, d_hidden):
        super().__init__()
        self.fc1 = nn.Linear(d_model, d_hidden)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(d_hidden, d_model)
        self.norm = nn.LayerNorm(d_model)

    def forward(self, x):
        return self.norm(x + self.fc2(self.act(self.fc1(x))))

torch.manual_seed(14)
block = FeedForwardBlock(4, 8)
print(block)
x = torch.randn(2, 3, 4, requires_grad=True)
y = block(x)
print(y.shape)
print(y.grad_fn.name())
print(y)
print(y.mean(dim=-1).abs().max() < 1e-5)
y.pow(2).sum().backward()
print(x.grad.shape)
print(block.norm.weight.grad)
print(block.fc1.bias.grad.shape)
stack = nn.Sequential(FeedForwardBlock(4, 8), FeedForwardBlock(4, 8))
print(stack(x).shape)
print(sum(p.numel() for p in stack.parameters()))
