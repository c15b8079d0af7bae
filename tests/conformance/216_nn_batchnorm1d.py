import torch
import torch.nn as nn

bn = nn.BatchNorm1d(3)
print(bn)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
x = torch.tensor([[1.0, 2.0, 3.0], [3.0, 6.0, 0.0], [5.0, 1.0, 3.0], [7.0, 3.0, 2.0]])
y = bn(x)
print(y)
print(y.grad_fn.name())
print(bn.running_mean)
print(bn.running_var)
print(bn.num_batches_tracked)
bn.eval()
print(bn(x))
print([n for n, _ in bn.named_buffers()])
print(list(bn.state_dict().keys()))
