import torch
import torch.nn as nn

torch.manual_seed(3)
conv = nn.Conv1d(in_channels=2, out_channels=3, kernel_size=3, padding=1)
print(conv)
print(conv.weight.shape)
seq = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
                     [0.0, 1.0, 0.0, -1.0, 0.0, 1.0]]], requires_grad=True)
out = conv(seq)
print(out)
print(out.shape, out.grad_fn.name())
out.mean().backward()
print(conv.bias.grad)
print(seq.grad)
strided = nn.Conv1d(2, 4, kernel_size=2, stride=2)
print(strided(seq.detach()).shape)
batch = torch.randn(4, 2, 10)
print(nn.Conv1d(2, 5, kernel_size=3, dilation=2)(batch).shape)
