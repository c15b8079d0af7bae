import torch
from torch.optim.optimizer import Optimizer


class Adagrad(Optimizer):
    def __init__(self, params, lr=1e-2, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10,
                 foreach=None, *, maximize=False):
        if not 0.0 <= lr:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if not 0.0 <= lr_decay:
            raise ValueError("Invalid lr_decay value: {}".format(lr_decay))
        if not 0.0 <= weight_decay:
            raise ValueError("Invalid weight_decay value: {}".format(weight_decay))
        if not 0.0 <= initial_accumulator_value:
            raise ValueError("Invalid initial_accumulator_value value: {}".format(initial_accumulator_value))
        if not 0.0 <= eps:
            raise ValueError("Invalid epsilon value: {}".format(eps))
        defaults = dict(lr=lr, lr_decay=lr_decay, eps=eps, weight_decay=weight_decay,
                        initial_accumulator_value=initial_accumulator_value, foreach=foreach, maximize=maximize)
        super().__init__(params, defaults)
        # Adagrad makes its state up front, as PyTorch's does.
        for group in self.param_groups:
            for p in group['params']:
                state = self._state_of(p)
                state['step'] = torch.tensor(0.)
                state['sum'] = torch.full_like(p, group['initial_accumulator_value'])

    def _update(self, group):
        for param in group['params']:
            if param.grad is None:
                continue
            state = self._state_of(param)
            state['step'] += 1
            step = state['step'].item()
            grad = param.grad if not group['maximize'] else -param.grad
            if group['weight_decay'] != 0:
                grad = grad.add(param, alpha=group['weight_decay'])
            clr = group['lr'] / (1 + (step - 1) * group['lr_decay'])
            state['sum'].addcmul_(grad, grad, value=1)
            std = state['sum'].sqrt().add_(group['eps'])
            param.addcdiv_(grad, std, value=-clr)
