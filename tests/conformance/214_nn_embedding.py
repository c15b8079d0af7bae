import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(5, 3)
print(emb)
print(emb.weight)
idx = torch.tensor([[0, 2], [4, 2]])
out = emb(idx)
print(out.shape)
print(out)
print(out.grad_fn.name())
out.sum().backward()
print(emb.weight.grad)
pad = nn.Embedding(4, 2, padding_idx=0)
print(pad)
print(pad.weight)
