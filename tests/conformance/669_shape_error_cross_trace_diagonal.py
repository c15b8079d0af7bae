# cross needs a dim of size 3; trace, diagonal, outer and triu have shape rules of their own.
import torch

print(torch.cross(torch.eye(3), torch.ones(3, 3), dim=0))
for label, fn in [("cross dim", lambda: torch.cross(torch.ones(3, 2), torch.ones(3, 2), dim=1)),
                  ("linalg.cross", lambda: torch.linalg.cross(torch.ones(4), torch.ones(4))),
                  ("trace 3-D", lambda: torch.trace(torch.ones(2, 2, 2))),
                  ("diagonal dims", lambda: torch.ones(2, 2).diagonal(0, 1, 1)),
                  ("outer 2-D", lambda: torch.outer(torch.ones(2, 2), torch.ones(2))),
                  ("triu 1-D", lambda: torch.ones(3).triu()),
                  ("vstack sizes", lambda: torch.vstack([torch.ones(2), torch.ones(3)])),
                  ("hstack empty", lambda: torch.hstack([])),
                  ("meshgrid indexing", lambda: torch.meshgrid(torch.ones(2), torch.ones(2), indexing="xx"))]:
    try:
        fn()
    except (RuntimeError, IndexError) as e:
        print(label, "->", type(e).__name__, e)
# 2-D points have no cross product in torch
torch.cross(torch.tensor([[1.0, 0.0], [0.0, 1.0]]), torch.tensor([[0.0, 1.0], [1.0, 0.0]]))
