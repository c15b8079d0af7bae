# randint_like in its three spellings and dtypes, seeded as PyTorch draws them, the error texts of
# the integer samplers when the range is empty or the size negative, and torch.normal without a size.
import torch

torch.manual_seed(3)
base = torch.zeros(2, 5)
print(torch.randint_like(base, 10))
print(torch.randint_like(base, 3, 9))
print(torch.randint_like(base, low=-4, high=4, dtype=torch.int64))
print(torch.randint_like(torch.zeros(3, dtype=torch.float64), high=1000))
r = torch.randint_like(base, 5, requires_grad=False)
print(r.dtype, r.shape, r.requires_grad)

attempts = [
    lambda: torch.randint(5, 3, (2,)),
    lambda: torch.randint(0, 0, (2,)),
    lambda: torch.randint(-1, (3,)),
    lambda: torch.empty(3).random_(5, 3),
    lambda: torch.empty(3, dtype=torch.long).random_(3, 3),
    lambda: torch.randint_like(base, 4, 2),
    lambda: torch.randperm(-1),
]
for attempt in attempts:
    try:
        attempt()
    except RuntimeError as e:
        print("RuntimeError:", e)

for attempt in [lambda: torch.normal(0, 1), lambda: torch.normal(0.5, 2.0)]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
