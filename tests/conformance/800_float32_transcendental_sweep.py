# float32 exp, log, tanh, sin, cos ... on 10^5 inputs each, as PyTorch computes them (SLEEF's AVX2
# functions): for each function, how many results differ from the correctly rounded value and
# where (a fingerprint of the positions), plus a few results printed in full.
import torch

torch.manual_seed(0)


def sweep(lo, hi, n=100000):
    grid = lo + (hi - lo) * torch.arange(n, dtype=torch.float64) / n
    return torch.cat([grid.float(), lo + (hi - lo) * torch.rand(n // 4)])


def fingerprint(name, f, x):
    y = f(x)
    exact = f(x.double()).float()
    off = (y != exact) & ~(y.isnan() & exact.isnan())
    where = off.nonzero().flatten()
    print(name, x.numel(), "off:", where.numel(), where.sum().item(), (where * where).sum().item() % 1000003)
    print("  ", y[:5].tolist(), y[-3:].tolist())


fingerprint("exp", torch.exp, sweep(-20.0, 20.0))
fingerprint("exp-wide", torch.exp, sweep(-100.0, 90.0))
fingerprint("log", torch.log, sweep(1e-6, 100.0))
fingerprint("log-wide", torch.log, sweep(1e-30, 1e30))
fingerprint("tanh", torch.tanh, sweep(-10.0, 10.0))
fingerprint("tanh-small", torch.tanh, sweep(-0.01, 0.01))
fingerprint("sin", torch.sin, sweep(-10.0, 10.0))
fingerprint("cos", torch.cos, sweep(-10.0, 10.0))
fingerprint("sin-large", torch.sin, sweep(-1e5, 1e5))
fingerprint("cos-large", torch.cos, sweep(-1e7, 1e7))
fingerprint("sigmoid", torch.sigmoid, sweep(-20.0, 20.0))
fingerprint("expm1", torch.expm1, sweep(-5.0, 5.0))
fingerprint("log1p", torch.log1p, sweep(-0.99, 10.0))
fingerprint("log2", torch.log2, sweep(1e-3, 1e3))
fingerprint("log10", torch.log10, sweep(1e-3, 1e3))
fingerprint("tan", torch.tan, sweep(-3.0, 3.0))
fingerprint("atan", torch.atan, sweep(-50.0, 50.0))
fingerprint("asin", torch.asin, sweep(-1.0, 1.0))
fingerprint("acos", torch.acos, sweep(-1.0, 1.0))
fingerprint("sinh", torch.sinh, sweep(-10.0, 10.0))
fingerprint("cosh", torch.cosh, sweep(-10.0, 10.0))
fingerprint("exp2", torch.exp2, sweep(-30.0, 30.0))
