# torch.linspace as PyTorch's vectorised kernel computes it (blocks of two AVX2 vectors counting on
# from a fused first value, the rest element by element), in float32 and float64.
import torch
for a, b, n in [(-3, 3, 37), (-2, 2, 96), (0, 1, 100), (-3.14159, 3.14159, 2000), (-7.3, 11.1, 333), (5, -5, 17)]:
    for dt in (torch.float32, torch.float64):
        x = torch.linspace(a, b, n, dtype=dt)
        print(n, dt, x.sum().item(), x[::7].tolist())
