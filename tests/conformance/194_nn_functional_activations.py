import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
print(F.relu(x))
print(F.leaky_relu(x, 0.2))
print(F.elu(x))
print(F.gelu(x))
print(F.silu(x))
print(F.softplus(x))
print(F.hardtanh(x))
print(F.relu6(x * 3))
print(torch.sigmoid(x))
print(torch.tanh(x))
print(F.gelu(x, approximate='tanh'))
