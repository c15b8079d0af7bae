# Common mistake: passing a non-tensor second argument to a tensor-only binary op.
import torch

y = torch.tensor([1.0, -1.0])
x = torch.tensor([1.0, 1.0])
print(torch.atan2(y, x))
print(torch.atan2(y, torch.tensor(2.0)), y.atan2(torch.tensor(2.0)))
for label, fn in [("atan2 float", lambda: torch.atan2(y, 2.0)),
                  ("atan2 missing", lambda: torch.atan2(y)),
                  ("round positional decimals", lambda: y.round(2)),
                  ("nan_to_num str", lambda: torch.nan_to_num(y, nan="zero")),
                  ("logit str", lambda: torch.logit(y, eps="a")),
                  ("logical_and missing", lambda: torch.logical_and(y))]:
    try:
        fn()
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
angle = torch.atan2(y, "x")
print(angle)
