import numpy as np
import torch

a = np.array([1.0, 2.0, 3.0])
t = torch.tensor(a)
s = torch.as_tensor(a)
print(t, t.dtype, s, s.dtype)
a[0] = -1.0
print(t)
print(s)
s[2] = 30.0
print(a)

print(torch.tensor(np.arange(3)), torch.tensor(np.array([0.5], dtype=np.float32)))
print(torch.as_tensor(np.array([1, 2])).dtype, torch.tensor(np.array([True])).dtype)
c = torch.as_tensor(a, dtype=torch.float32)
a[1] = 50.0
print(c, a)
print(torch.tensor(np.array(2.5)), torch.tensor(np.array(2.5)).shape, torch.tensor(np.float64(1.5)))

# numpy scalars and arrays meet tensors
print(torch.tensor([np.float32(1.5), np.float32(2.0)]).dtype, torch.tensor(np.arange(4).reshape(2, 2)).sum())
x = torch.tensor([1.0, 2.0])
print(x * np.float64(2.0), (x * np.float64(2.0)).dtype)
print(torch.tensor(a).numpy(), torch.from_numpy(a).clone().numpy())
y = torch.tensor([0.25, 0.75])
print(y.numpy().tolist(), y.tolist(), y.numpy().sum(), type(y.numpy().sum()))
print(np.asarray(torch.tensor([1, 2])), np.array(torch.tensor([1.5])))
print(repr(y.numpy()), repr(torch.tensor([[1, 2], [3, 4]]).numpy()))
print(torch.sum(torch.from_numpy(np.array([1.0, 2.0]))), np.sum(y.numpy()))
print(torch.tensor(a[a > 2]), torch.from_numpy(a[::2].copy()))
z = torch.randn(2, 3, generator=torch.Generator().manual_seed(0))
print(z.numpy().shape, z.numpy().dtype, z.numpy().round(3))
