import torch
tests = [
    lambda: torch.ones(2, 3) @ torch.ones(2, 3),
    lambda: torch.ones(3).view(2, 2),
    lambda: torch.tensor([1, 2, 3])[5],
    lambda: torch.stack([torch.ones(2), torch.ones(3)]),
    lambda: torch.ones(2).sum(dim=2),
    lambda: torch.tensor([1, 2]).mean(),
    lambda: {}["missing"],
    lambda: [1, 2][5],
    lambda: int("abc"),
    lambda: undefined_name,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
