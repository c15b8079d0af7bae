import torch
from torch.optim.optimizer import Optimizer


class RMSprop(Optimizer):
    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0, centered=False,
                 foreach=None, maximize=False, differentiable=False):
        if not 0.0 <= lr:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if not 0.0 <= eps:
            raise ValueError("Invalid epsilon value: {}".format(eps))
        if not 0.0 <= momentum:
            raise ValueError("Invalid momentum value: {}".format(momentum))
        if not 0.0 <= weight_decay:
            raise ValueError("Invalid weight_decay value: {}".format(weight_decay))
        if not 0.0 <= alpha:
            raise ValueError("Invalid alpha value: {}".format(alpha))
        defaults = dict(lr=lr, momentum=momentum, alpha=alpha, eps=eps, centered=centered,
                        weight_decay=weight_decay, foreach=foreach, maximize=maximize,
                        differentiable=differentiable)
        super().__init__(params, defaults)

    def _update(self, group):
        alpha = group['alpha']
        momentum = group['momentum']
        for param in group['params']:
            if param.grad is None:
                continue
            state = self._state_of(param)
            if len(state) == 0:
                state['step'] = torch.tensor(0.)
                state['square_avg'] = torch.zeros_like(param)
                if momentum > 0:
                    state['momentum_buffer'] = torch.zeros_like(param)
                if group['centered']:
                    state['grad_avg'] = torch.zeros_like(param)
            grad = param.grad if not group['maximize'] else -param.grad
            square_avg = state['square_avg']
            state['step'] += 1
            if group['weight_decay'] != 0:
                grad = grad.add(param, alpha=group['weight_decay'])
            square_avg.mul_(alpha).addcmul_(grad, grad, value=1 - alpha)
            if group['centered']:
                grad_avg = state['grad_avg']
                grad_avg.mul_(alpha).add_(grad, alpha=1 - alpha)
                avg = square_avg.clone().addcmul_(grad_avg, grad_avg, value=-1).sqrt_()
            else:
                avg = square_avg.sqrt()
            avg = avg.add_(group['eps'])
            if momentum > 0:
                buf = state['momentum_buffer']
                buf.mul_(momentum).addcdiv_(grad, avg)
                param.add_(buf, alpha=-group['lr'])
            else:
                param.addcdiv_(grad, avg, value=-group['lr'])
