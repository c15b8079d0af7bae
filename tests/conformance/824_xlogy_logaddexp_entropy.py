# Entropy and KL divergence with xlogy (0 * log 0 = 0), and log-space accumulation with
# logaddexp / logaddexp2, with the gradients autograd gives at the awkward points.
import torch

p = torch.tensor([0.5, 0.25, 0.25, 0.0], requires_grad=True)
h = -torch.xlogy(p, p).sum()
print(h, torch.xlogy(p, p).grad_fn.name())
h.backward()
print(p.grad)

q = torch.tensor([0.25, 0.25, 0.25, 0.25], requires_grad=True)
p.grad = None
kl = (torch.xlogy(p, p) - torch.xlogy(p, q)).sum()
print(kl)
kl.backward()
print(p.grad, q.grad)

# x = 0 with y <= 0 gets a zero gradient for x; the other gradient is x / y
x = torch.tensor([0.0, 0.0, 0.0, 1.0, 2.0], requires_grad=True)
y = torch.tensor([0.0, -1.0, 2.0, 0.0, 3.0], requires_grad=True)
r = torch.xlogy(x, y)
print(r)
r.sum().backward()
print(x.grad, y.grad)

# scalar overloads have their own nodes
x.grad = None
r1 = torch.xlogy(x, 2.0)
r2 = torch.xlogy(3.0, y)
print(r1, r1.grad_fn.name(), r2.grad_fn.name())
(r1.sum() + r2[2:].sum()).backward()
print(x.grad, y.grad)
print(torch.xlogy(torch.tensor([1, 2]), torch.tensor([2, 3])), x.detach().xlogy(2.0))
z = torch.tensor([1.0, 4.0]); z.xlogy_(torch.tensor([2.0, 0.5])); print(z)

# log-likelihoods of two mixture components combined without leaving log space
la = torch.tensor([-1.0, -50.0, 0.0, -float("inf")], requires_grad=True)
lb = torch.tensor([-2.0, -50.0, -100.0, -float("inf")], requires_grad=True)
mix = torch.logaddexp(la, lb)
print(mix, mix.grad_fn.name())
mix[:3].sum().backward()
print(la.grad, lb.grad)
big = torch.tensor([1000.0, -1000.0])
print(torch.logaddexp(big, big), torch.logaddexp(big, torch.tensor(0.0)), big.logaddexp(big - 1))

# the same in bits
ba = torch.tensor([0.0, 3.0, 10.0], requires_grad=True)
bb = torch.tensor([0.0, 1.0, -10.0], requires_grad=True)
bits = torch.logaddexp2(ba, bb)
print(bits, bits.grad_fn.name(), ba.detach().logaddexp2(bb.detach()))
bits.sum().backward()
print(ba.grad, bb.grad)
print(torch.logaddexp(torch.tensor([1.0], dtype=torch.float64), torch.tensor([2.0])).dtype)
print(torch.logaddexp(torch.tensor([1, 2]).float(), torch.tensor([0.5])))
# 1.13 computes max + log(1 + exp(-|a - b|)) (no log1p), so tiny tails vanish
tail = torch.tensor([-20.0, -40.0])
print(torch.logaddexp(torch.zeros(2), tail).tolist(), torch.logaddexp2(torch.zeros(2), tail).tolist())
print(torch.logaddexp(torch.zeros(2, dtype=torch.float64), tail.double() * 2).tolist())
