# Edge values through float32's transcendental functions: zeros, infinities, NaN, denormals,
# the overflow and underflow thresholds, and odd lengths (the tail after PyTorch's vector blocks),
# printed at full precision.
import torch

edges = torch.tensor([0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e-45, -1e-45, 1e-38,
                      88.72, 88.73, -87.33, -103.9, -104.0, 1.0, -1.0, 0.5, 125.0, 124.99,
                      3.4e38, -3.4e38, 1e-7, 6.2831855])
for name in ["exp", "log", "tanh", "sin", "cos", "sigmoid", "expm1", "log1p", "log2", "log10",
             "tan", "atan", "asin", "acos", "sinh", "cosh", "exp2"]:
    f = getattr(torch, name)
    print(name, f(edges).tolist())

x = torch.linspace(-3, 3, 37)
for n in [1, 7, 8, 15, 16, 17, 31, 33, 37]:
    print(n, torch.sigmoid(x[:n]).tolist()[-3:], torch.sinh(x[:n]).tolist()[-2:], torch.exp(x[:n]).tolist()[-2:])
# a strided input: sigmoid takes the C library's path on every element
print(torch.sigmoid(x[::2]).tolist()[:6])
m = torch.linspace(-2, 2, 96).reshape(3, 32)
print(torch.sigmoid(m[:, :20]).sum(1).tolist(), torch.sigmoid(m[:, :20])[:, -4:].tolist())
