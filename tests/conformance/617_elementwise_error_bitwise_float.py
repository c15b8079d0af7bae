# Common mistake: using & | ~ << on float tensors (e.g. a float mask) instead of bool masks.
import torch

x = torch.tensor([-1.0, 0.5, 2.0, 3.5])
good = (x > 0) & (x < 3)
print(good, x[good])
ints = torch.tensor([6, 3]) & 5
print(ints)
for label, fn in [("~float", lambda: ~x),
                  ("float | float", lambda: x | x),
                  ("float << 1", lambda: x << 1),
                  ("bitwise_xor float", lambda: torch.bitwise_xor(x, torch.ones(4))),
                  ("int & 1.5", lambda: torch.bitwise_and(torch.tensor([1]), 1.5))]:
    try:
        fn()
    except (RuntimeError, TypeError) as e:
        print(label, "->", type(e).__name__, e)
mask = (x > 0).float()
print(mask)
both = mask & 1
print(both)
