# Special functions in likelihoods: log k! with lgamma for a Poisson model fitted by gradient
# descent, digamma as lgamma's derivative, float_power's double-precision result, and positive.
import torch

k = torch.tensor([0.0, 1.0, 2.0, 3.0, 10.0])
print(torch.lgamma(k + 1))
print(torch.lgamma(torch.tensor([0.5, 1.5, 2.5])), torch.digamma(torch.tensor([0.5, 1.0, 2.0, 10.0])))
n, j = torch.tensor(10.0), torch.tensor([0.0, 3.0, 5.0])
log_binom = torch.lgamma(n + 1) - torch.lgamma(j + 1) - torch.lgamma(n - j + 1)
print(log_binom.exp())

# Poisson regression rate, log-likelihood sum(k log lam - lam - log k!)
counts = torch.tensor([2.0, 0.0, 3.0, 1.0])
log_rate = torch.tensor(0.0, requires_grad=True)
for step in range(4):
    lam = log_rate.exp()
    ll = (counts * log_rate - lam - torch.lgamma(counts + 1)).sum()
    ll.backward()
    with torch.no_grad():
        log_rate += 0.1 * log_rate.grad
    print(step, round(ll.item(), 4), round(log_rate.item(), 4))
    log_rate.grad.zero_()

# d/dx lgamma = digamma, d/dx digamma = trigamma (polygamma(1, x))
x = torch.tensor([0.5, 1.0, 3.5], requires_grad=True)
lg = torch.lgamma(x)
print(lg, lg.grad_fn.name())
lg.sum().backward()
print(x.grad, torch.digamma(x.detach()))
x.grad = None
dg = torch.digamma(x)
print(dg.grad_fn.name())
dg.sum().backward()
print(x.grad)
print(torch.lgamma(torch.tensor([0.0, -1.0, -2.5])), torch.digamma(torch.tensor([0.0, -1.0, -2.5])))
print(torch.lgamma(torch.tensor([3])), torch.digamma(torch.tensor([1])), x.detach().lgamma(), x.detach().digamma())
y = torch.tensor([2.0, 5.0]); y.lgamma_(); print(y)

# float_power always computes in double precision
b = torch.tensor([1.5, -2.0, 4.0], requires_grad=True)
fp = torch.float_power(b, 2)
print(fp, fp.grad_fn.name(), fp.grad_fn.next_functions[0][0].name())
fp.sum().backward()
print(b.grad, b.grad.dtype)
e = torch.tensor([0.5, 2.0, 3.0], requires_grad=True)
fp2 = torch.float_power(torch.tensor([4.0, 3.0, -2.0]), e)
print(fp2, fp2.grad_fn.name())
fp2.sum().backward()
print(e.grad)
print(torch.float_power(torch.tensor([2, 3]), 3).tolist(), torch.float_power(2, torch.tensor([0, 10])).tolist(), b.detach().float_power(3))
print(torch.float_power(torch.tensor([3.0], dtype=torch.float64), 2).tolist(), torch.float_power(torch.tensor([-8.0]), 1 / 3))
d = torch.tensor([3.0], dtype=torch.float64); d.float_power_(2); print(d)

# positive is the identity: it hands back the very same tensor
w = torch.tensor([-1.0, 2.0], requires_grad=True)
print(torch.positive(w) is w, w.positive() is w, torch.positive(torch.tensor([1, -2])))
