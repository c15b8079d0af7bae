# F.one_hot checks its labels: integer dtype, non-negative, below num_classes.
import torch
import torch.nn.functional as F

labels = torch.tensor([0, 2, 1])
print(F.one_hot(labels).shape, F.one_hot(labels, 4).shape)
for label, fn in [("negative label", lambda: F.one_hot(torch.tensor([-1, 0]))),
                  ("float labels", lambda: F.one_hot(torch.tensor([0.0, 1.0]))),
                  ("int32 labels", lambda: F.one_hot(torch.tensor([0, 1], dtype=torch.int32)))]:
    try:
        fn()
    except RuntimeError as e:
        print(label, "->", e)
# labels are 1-based but num_classes counts from 0
targets = torch.tensor([1, 2, 3])
print(F.one_hot(targets - 1, num_classes=3))
print(F.one_hot(targets, num_classes=3))
