# Small signal-processing and geometry helpers: degrees <-> radians for a rotation, a sinc
# low-pass kernel, sign manipulation with copysign / signbit, and the Heaviside step.
import torch

deg = torch.tensor([0.0, 30.0, 90.0, 180.0], requires_grad=True)
rad = torch.deg2rad(deg)
print(rad, rad.grad_fn.name())
rad.sum().backward()
print(deg.grad)
theta = torch.deg2rad(torch.tensor(90.0))
rot = torch.stack([torch.stack([theta.cos(), -theta.sin()]), torch.stack([theta.sin(), theta.cos()])])
print(rot @ torch.tensor([1.0, 0.0]))
r = torch.tensor([0.5, 3.14159], requires_grad=True)
d = torch.rad2deg(r)
print(d, d.grad_fn.name(), torch.rad2deg(torch.tensor([1, 2])), deg.detach().deg2rad())
d.sum().backward()
print(r.grad)
a = torch.tensor([180.0, 45.0]); a.deg2rad_(); print(a); a.rad2deg_(); print(a)

# normalised sinc, sin(pi x) / (pi x), with 1 at x = 0
t = torch.tensor([-1.5, -0.5, -0.25, 0.0, 0.25, 0.5, 1.5], requires_grad=True)
s = torch.sinc(t)
print(s, s.grad_fn.name())
s.sum().backward()
print(t.grad)
taps = torch.sinc(torch.linspace(-2.5, 2.5, 6) * 0.5)
print(taps / taps.sum(), torch.tensor([0.5, 1.5]).sinc())

# copysign: magnitude of the first, sign of the second (signed zeros count)
mag = torch.tensor([1.0, -2.0, 3.0, 0.0], requires_grad=True)
sgn = torch.tensor([-1.0, 0.0, -0.0, -5.0], requires_grad=True)
c = torch.copysign(mag, sgn)
print(c, c.grad_fn.name())
c.sum().backward()
print(mag.grad, sgn.grad)
c1 = torch.copysign(mag, -1.0)
print(c1, c1.grad_fn.name(), torch.copysign(torch.tensor([1, -2]), 1.0), mag.detach().copysign(sgn.detach()))
print(torch.signbit(torch.tensor([-0.0, 0.0, -1.5, 2.0])), torch.signbit(torch.tensor([-3, 0, 4])), mag.detach().signbit())

# Heaviside step with the value used at exactly zero
v = torch.tensor([-1.5, 0.0, 2.0, 0.0])
print(torch.heaviside(v, torch.tensor([0.5])), torch.heaviside(v, torch.tensor([0.0, 1.0, 0.0, 0.25])))
print(v.heaviside(torch.tensor(1.0)), torch.heaviside(torch.tensor([-2, 0, 3]), torch.tensor([7])))
vg = v.clone().requires_grad_()
hs = torch.heaviside(vg, torch.tensor([0.5]))
print(hs.requires_grad, hs.grad_fn.name())
try:
    hs.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
