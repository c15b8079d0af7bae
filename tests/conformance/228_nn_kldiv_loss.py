# KL divergence between a model's log-probabilities and a target distribution, as a
# distillation tutorial computes it.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
student_logits = torch.randn(4, 5, requires_grad=True)
teacher_logits = torch.randn(4, 5)
T = 2.0
log_p = F.log_softmax(student_logits / T, dim=1)
q = F.softmax(teacher_logits / T, dim=1)

for reduction in ['batchmean', 'sum', 'none', 'mean']:
    loss = F.kl_div(log_p, q, reduction=reduction)
    print(reduction, loss.shape, loss.grad_fn.name())
    print(loss)

criterion = nn.KLDivLoss(reduction='batchmean')
print(criterion, criterion.reduction, criterion.log_target)
loss = criterion(log_p, q) * T * T
loss.backward()
print(loss.item())
print(student_logits.grad)

# A log-space target.
student_logits.grad.zero_()
loss2 = nn.KLDivLoss(reduction='sum', log_target=True)(F.log_softmax(student_logits, 1), F.log_softmax(teacher_logits, 1))
print(loss2, [f[0].name() if f[0] is not None else None for f in loss2.grad_fn.next_functions])
loss2.backward()
print(student_logits.grad)

# Zeros in the target contribute nothing (0 * log 0 is taken as 0).
sparse = torch.tensor([[0.0, 1.0, 0.0], [0.5, 0.5, 0.0]])
print(F.kl_div(torch.log_softmax(torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]), 1), sparse, reduction='none'))
print(nn.KLDivLoss(size_average=False)(torch.zeros(2, 3), sparse))
try:
    F.kl_div(log_p, q, reduction='average')
except ValueError as e:
    print('ValueError:', e)
