# Common mistake: asking for the top-5 classes when there are only 3.
import torch

scores = torch.tensor([[0.2, 0.7, 0.1], [0.5, 0.3, 0.2]])
print(scores.topk(3))
for label, fn in [("kthvalue k=0", lambda: torch.kthvalue(scores, 0)),
                  ("kthvalue k=4", lambda: scores.kthvalue(4, dim=1)),
                  ("topk dim=2", lambda: scores.topk(1, dim=2)),
                  ("topk k=3 on dim 0", lambda: torch.topk(scores, 3, dim=0)),
                  ("sort dim=2", lambda: torch.sort(scores, dim=2))]:
    try:
        fn()
    except (RuntimeError, IndexError) as e:
        print(label, "->", type(e).__name__, e)
top5 = scores.topk(5, dim=1)
print(top5)
