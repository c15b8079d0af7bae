import torch

# (float32 throughout: float64 draws go through the C library's log/cos/sin in double, whose last
# bits differ between glibc and the browser's musl; pending/790 keeps the float64 version.)

# d2l-style synthetic regression data: X ~ N(0, 1), noise ~ N(0, 0.01)
def synthetic_data(w, b, num_examples):
    X = torch.normal(0, 1, (num_examples, len(w)))
    y = torch.matmul(X, w) + b
    y += torch.normal(0, 0.01, y.shape)
    return X, y.reshape((-1, 1))

torch.manual_seed(0)
true_w = torch.tensor([2, -3.4])
true_b = 4.2
features, labels = synthetic_data(true_w, true_b, 100)
print(features.shape, labels.shape)
print(features[:3])
print(labels[:3])
print(features.mean(0), features.std(0))

# small (serial Box-Muller with a cached second value) and >= 16 (batched) sizes
torch.manual_seed(1)
print(torch.normal(0.3, 1.7, size=(5,)))
print(torch.normal(0.3, 1.7, size=(16,)))
print(torch.normal(0.3, 1.7, size=(21,)).tolist())
print(torch.normal(-2.0, 0.5, size=(4, 5)))
print(torch.normal(0.3, 1.7, size=(7,), dtype=torch.float32).tolist())
print(torch.normal(0.3, 1.7, size=(19,), dtype=torch.float32).tolist())

# the cached value: randn(3) leaves one, the batched randn(20) does not touch it, randn(1) takes it
torch.manual_seed(2)
a = torch.randn(3, dtype=torch.float32)
b = torch.randn(20, dtype=torch.float32)
c = torch.randn(1, dtype=torch.float32)
print(a.tolist(), c.tolist())
print(b.tolist())

# tensor mean / std
torch.manual_seed(3)
mean = torch.arange(1., 11.)
std = torch.arange(1, 0, -0.1)
print(torch.normal(mean, std))
print(torch.normal(mean, 0.5))
print(torch.normal(0.25, std))
print(torch.normal(torch.zeros(2, 1), torch.ones(3)))
m32 = torch.linspace(-1, 1, 6, dtype=torch.float32)
s32 = torch.linspace(0.1, 2, 6, dtype=torch.float32)
print(torch.normal(m32, s32).tolist())
print(torch.normal(m32, 0.3).tolist())
print(torch.normal(1.5, s32).tolist())
big_mean = torch.linspace(-3, 3, 24)
print(torch.normal(big_mean, 0.1))
print(torch.normal(big_mean, big_mean.abs() + 0.5))

# Tensor.normal_ and randn with dtype
torch.manual_seed(4)
w = torch.empty(3, 6)
w.normal_(0.0, 0.02)
print(w)
print(torch.empty(5, dtype=torch.float32).normal_(10.0, 3.0).tolist())
print(torch.randn(2, 9, dtype=torch.float32))
t = torch.empty(6, 5).t()
t.normal_()
print(t)
print(torch.randn_like(torch.zeros(3, dtype=torch.float32)).tolist())
g = torch.Generator().manual_seed(123)
print(torch.normal(0.0, 1.0, size=(4,), generator=g))
print(torch.randn(4, generator=g))
