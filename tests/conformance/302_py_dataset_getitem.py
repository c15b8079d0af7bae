import torch

class SquaresDataset:
    def __init__(self, n):
        self.xs = [float(i) for i in range(n)]
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, idx):
        if idx >= len(self):
            raise IndexError("dataset index out of range")
        x = self.xs[idx]
        return torch.tensor([x]), torch.tensor([x * x])

ds = SquaresDataset(5)
print(len(ds))
x, y = ds[2]
print(x, y)
for x, y in ds:
    print(x.item(), y.item())

batch_size = 2
for start in range(0, len(ds), batch_size):
    items = [ds[i] for i in range(start, min(start + batch_size, len(ds)))]
    xb = torch.stack([p[0] for p in items])
    yb = torch.stack([p[1] for p in items])
    print(start, xb.shape, yb.view(-1).tolist())
