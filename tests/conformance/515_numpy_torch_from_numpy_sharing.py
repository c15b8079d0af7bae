import numpy as np
import torch

a = np.array([1.0, 2.0, 3.0])
t = torch.from_numpy(a)
print(t, t.dtype)
a[0] = 100.0
print(t)
t[1] = -5.0
print(a)
t.add_(1)
print(a)
a += 0.5
print(t)
a *= 2
print(t)

print(torch.from_numpy(np.arange(3)).dtype, torch.from_numpy(np.ones(2, dtype=np.float32)).dtype)
print(torch.from_numpy(np.array([True, False])), torch.from_numpy(np.zeros((2, 2))).shape)

# 2-D and views
m = np.arange(6.0).reshape(2, 3)
tm = torch.from_numpy(m)
m[:, 0] = -1.0
print(tm)
tm[1].mul_(10)
print(m)

# tensor -> numpy shares too
x = torch.zeros(3)
n = x.numpy()
print(repr(n), type(n), n.dtype)
x[0] = 7.0
print(n)
n[2] = 9.0
print(x)
x += 1
print(n)

w = torch.ones(2, 2, dtype=torch.float64)
wn = w.detach().numpy()
wn[0, 1] = 3.0
print(w)
print(repr(torch.arange(4).numpy()), repr(torch.tensor([True, False]).numpy()))

# .float() makes a copy, so the link is gone
f = torch.from_numpy(a).float()
a[0] = 0.0
print(f, a)
print(torch.from_numpy(a).numpy() is a, np.array_equal(torch.from_numpy(a).numpy(), a))
