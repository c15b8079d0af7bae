import numpy as np
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
print(w.detach().numpy())
loss = (w * 3).sum()
loss.backward()
print(w.grad.numpy())
print((w * 2).detach().numpy())
w.numpy()
