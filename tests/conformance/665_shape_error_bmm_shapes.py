# bmm is strict (3-D, same batch, matching inner dims); matmul broadcasts but has limits too.
import torch

a = torch.ones(2, 2, 3)
print(torch.bmm(a, torch.ones(2, 3, 4)).shape, (a @ torch.ones(1, 3, 5)).shape)
for label, fn in [("bmm 2-D", lambda: torch.bmm(torch.ones(2, 3), torch.ones(3, 2))),
                  ("bmm batch", lambda: torch.bmm(a, torch.ones(3, 3, 2))),
                  ("matmul batch broadcast", lambda: a @ torch.ones(3, 3, 2)),
                  ("matmul inner", lambda: a @ torch.ones(4, 2)),
                  ("baddbmm input", lambda: torch.baddbmm(torch.ones(2, 2, 3), torch.ones(2, 2, 2), torch.ones(2, 2, 2))),
                  ("addmm input", lambda: torch.addmm(torch.ones(3), torch.ones(2, 2), torch.ones(2, 2))),
                  ("addmv", lambda: torch.addmv(torch.ones(2), torch.ones(2, 3), torch.ones(2)))]:
    try:
        fn()
    except RuntimeError as e:
        print(label, "->", e)
q = torch.ones(2, 4, 8)
k = torch.ones(2, 4, 8)
scores = torch.bmm(q, k)
