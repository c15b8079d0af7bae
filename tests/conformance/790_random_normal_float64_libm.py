import torch

# The float64 cases of 780. Natively they match PyTorch; in wasm the last bits differ, because
# float64 Box-Muller goes through the C library's log/cos/sin (musl in the browser, glibc in
# PyTorch). They need PyTorch's libm results in wasm (a correctly rounded log/sin/cos would do).
torch.manual_seed(1)
print(torch.normal(0.3, 1.7, size=(7,), dtype=torch.float64).tolist())
print(torch.normal(0.3, 1.7, size=(19,), dtype=torch.float64).tolist())

# the cached value: randn(3) leaves one, the batched randn(20) does not touch it, randn(1) takes it
torch.manual_seed(2)
a = torch.randn(3, dtype=torch.float64)
b = torch.randn(20, dtype=torch.float64)
c = torch.randn(1, dtype=torch.float64)
print(a.tolist(), c.tolist())
print(b.tolist())

torch.manual_seed(3)
m64 = torch.linspace(-1, 1, 6, dtype=torch.float64)
s64 = torch.linspace(0.1, 2, 6, dtype=torch.float64)
print(torch.normal(m64, s64).tolist())
print(torch.normal(m64, 0.3).tolist())
print(torch.normal(1.5, s64).tolist())

torch.manual_seed(4)
print(torch.empty(5, dtype=torch.float64).normal_(10.0, 3.0).tolist())
print(torch.randn(2, 9, dtype=torch.float64))
print(torch.randn_like(torch.zeros(3, dtype=torch.float64)).tolist())
