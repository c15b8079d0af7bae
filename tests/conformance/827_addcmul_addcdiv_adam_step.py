# The fused multiply-add helpers where optimizers use them: a hand-written Adam step with
# addcmul_ / addcdiv_ (the formula of torch.optim.Adam), then the function forms with value=
# and their gradients.
import torch

torch.manual_seed(0)
w = torch.randn(4, requires_grad=True)
target = torch.tensor([1.0, -1.0, 0.5, 2.0])
exp_avg, exp_avg_sq = torch.zeros(4), torch.zeros(4)
lr, beta1, beta2, eps = 0.1, 0.9, 0.999, 1e-8
for step in range(1, 4):
    loss = ((w - target) ** 2).sum()
    grad, = torch.autograd.grad(loss, w)
    with torch.no_grad():
        exp_avg.mul_(beta1).add_(grad, alpha=1 - beta1)
        exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
        bias1, bias2 = 1 - beta1 ** step, 1 - beta2 ** step
        denom = (exp_avg_sq.sqrt() / bias2 ** 0.5).add_(eps)
        w.addcdiv_(exp_avg, denom, value=-lr / bias1)
    print(step, loss.item(), w.tolist())
print(exp_avg_sq.tolist())

# function forms: out = input + value * t1 * t2  and  input + value * t1 / t2
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
t1 = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
t2 = torch.tensor([[4.0], [2.0]], requires_grad=True)
m = torch.addcmul(x, t1, t2, value=0.5)
print(m, m.grad_fn.name())
m.sum().backward()
print(x.grad, t1.grad, t2.grad)
x.grad = t1.grad = t2.grad = None
d = torch.addcdiv(x, t1, t2, value=-2)
print(d, d.grad_fn.name())
d.sum().backward()
print(x.grad, t1.grad, t2.grad)
print(torch.addcmul(x, t1, t1).grad_fn.name(), torch.addcdiv(x, t1, t1, value=0.25))
print(x.detach().addcmul(t1.detach(), t1.detach(), value=2), x.detach().addcdiv(t1.detach(), x.detach()))
a = torch.tensor([1, 2])
print(torch.addcmul(a, a, a, value=2), torch.addcmul(a, a, a), torch.addcmul(torch.ones(2), a, a, value=0.5))
print(torch.addcdiv(torch.ones(2), torch.tensor([1, 3]), torch.tensor([2.0, 4.0]), value=3))
print(torch.addcmul(torch.ones(2, dtype=torch.float64), torch.ones(2), torch.ones(2)).dtype)
