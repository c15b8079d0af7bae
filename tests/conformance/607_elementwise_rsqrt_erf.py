# rsqrt, erf, erfc, erfinv: values, edges, grads, in-place, dtypes.
import torch

x = torch.tensor([0.25, 1.0, 4.0, 100.0])
print("rsqrt", torch.rsqrt(x), x.rsqrt())
print("rsqrt edges", torch.rsqrt(torch.tensor([0.0, -0.0, -1.0, float("inf")])))
e = torch.tensor([-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0])
print("erf  ", torch.erf(e))
print("erfc ", torch.erfc(e))
print("sum  ", torch.allclose(torch.erf(e) + torch.erfc(e), torch.ones(7)))
print("erfinv", torch.erfinv(torch.tensor([-0.9, -0.5, 0.0, 0.5, 0.9])))
print("erfinv edges", torch.erfinv(torch.tensor([1.0, -1.0, 1.5])))
print("erf inf", torch.erf(torch.tensor([float("inf"), -float("inf")])), torch.erfc(torch.tensor([4.0, -10.0])))

# erfinv is the inverse of erf (float64 for a tight round trip)
d = torch.tensor([-0.75, -0.1, 0.3, 0.99], dtype=torch.float64)
print(torch.erf(torch.erfinv(d)))
print(torch.allclose(torch.erf(torch.erfinv(d)), d))

# grads: rsqrt' = -0.5 x^-1.5, erf' = 2/sqrt(pi) exp(-x^2), erfinv' = sqrt(pi)/2 exp(erfinv(x)^2)
t = torch.tensor([0.25, 1.0, 2.0], requires_grad=True)
y = torch.rsqrt(t)
y.sum().backward()
print("rsqrt", y.grad_fn, t.grad)
u = torch.tensor([-1.0, 0.0, 0.5], requires_grad=True)
for name in ["erf", "erfc", "erfinv"]:
    u.grad = None
    y = getattr(torch, name)(u)
    y.sum().backward()
    print(f"{name:6s}", type(y.grad_fn).__name__, y, u.grad)
z = torch.tensor([0.0], requires_grad=True)
torch.rsqrt(z).backward()
print("rsqrt grad at 0", z.grad)

# special namespace aliases
print(torch.special.erf(torch.tensor([0.5])), torch.special.erfc(torch.tensor([0.5])), torch.special.erfinv(torch.tensor([0.5])))

# integers promote to float32
i = torch.tensor([1, 4, 16])
print(torch.rsqrt(i), torch.erf(i), torch.erfc(i).dtype, torch.erfinv(torch.tensor([0])))

# in-place forms
v = torch.tensor([4.0, 0.25]); v.rsqrt_(); print(v)
v = torch.tensor([4.0, 0.25]); torch.rsqrt_(v); print(v)
v = torch.tensor([0.5, -0.5]); v.erf_(); print(v)
v = torch.tensor([0.5, -0.5]); torch.erf_(v); print(v)
v = torch.tensor([0.5, -0.5]); v.erfc_(); print(v)
v = torch.tensor([0.5, -0.5]); torch.erfc_(v); print(v)
v = torch.tensor([0.5, -0.5]); v.erfinv_(); print(v)

# Gaussian CDF via erf, a common blog formula
xs = torch.linspace(-2, 2, 5, requires_grad=True)
cdf = 0.5 * (1 + torch.erf(xs / 2 ** 0.5))
print(cdf)
cdf.sum().backward()
print(xs.grad)
