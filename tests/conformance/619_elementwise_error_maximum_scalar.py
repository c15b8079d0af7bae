# Common mistake: torch.maximum(x, 0.0) like numpy; PyTorch wants a tensor (or clamp_min).
import torch

x = torch.tensor([-1.5, 0.0, 2.0])
print(torch.clamp_min(x, 0.0), torch.maximum(x, torch.tensor(0.0)), torch.max(x, torch.zeros(3)))
i = torch.tensor([1, 2])
for label, fn in [("round decimals on int", lambda: torch.round(i, decimals=1)),
                  ("frac on int", lambda: torch.frac(i)),
                  ("hypot on int", lambda: torch.hypot(i, i)),
                  ("lerp on int", lambda: torch.lerp(i, i, 0.5)),
                  ("lerp mixed dtypes", lambda: torch.lerp(x[:2], torch.ones(2, dtype=torch.float64), 0.5)),
                  ("isclose mixed dtypes", lambda: torch.isclose(x[:2], i)),
                  ("int fmod by zero", lambda: torch.fmod(i, 0)),
                  ("int remainder by zero", lambda: torch.remainder(i, 0)),
                  ("int floor-divide by zero", lambda: i // 0),
                  ("in-place float result on int", lambda: i.sqrt_()),
                  ("in-place rounding on leaf", lambda: torch.tensor([1.5], requires_grad=True).floor_()),
                  ("maximum shape mismatch", lambda: torch.maximum(x, torch.ones(2)))]:
    try:
        fn()
    except RuntimeError as e:
        print(label, "->", type(e).__name__, e)
print(torch.erfinv(i), torch.tensor([8, -8]) >> -1)
relu = torch.maximum(x, 0.0)
print(relu)
