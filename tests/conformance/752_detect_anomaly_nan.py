# Debugging NaN gradients as forum answers suggest: torch.autograd.detect_anomaly names the
# backward node that produced NaN; set_detect_anomaly as a switch and as a context manager.
import torch
x = torch.tensor([0.0, 1.0], requires_grad=True)
print(torch.is_anomaly_enabled())
with torch.autograd.detect_anomaly():
    print(torch.is_anomaly_enabled())
    y = torch.sqrt(x) * 0
    try: y.sum().backward()
    except RuntimeError as e: print(type(e).__name__, e)
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    b = a.exp(); b.add_(1)
    try: b.sum().backward()
    except RuntimeError as e: print(e)
print(torch.is_anomaly_enabled())
r = torch.autograd.set_detect_anomaly(True); print(type(r).__name__, torch.is_anomaly_enabled())
torch.autograd.set_detect_anomaly(False)
with torch.autograd.set_detect_anomaly(True):
    print(torch.is_anomaly_enabled())
print(torch.is_anomaly_enabled())
with torch.autograd.detect_anomaly(check_nan=False):
    y = torch.sqrt(x) * 0
    y.sum().backward(); print(x.grad)
