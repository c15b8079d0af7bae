import torch
from torch.utils.data import TensorDataset, DataLoader, random_split, Dataset
torch.manual_seed(0)
X = torch.randn(10, 2)
y = torch.arange(10)
ds = TensorDataset(X, y)
print(len(ds), ds[3])
loader = DataLoader(ds, batch_size=4, shuffle=True)
print(len(loader))
for epoch in range(2):
    for xb, yb in loader:
        print(epoch, yb, xb.shape)
train, test = random_split(ds, [7, 3])
print(len(train), len(test), [train[i][1].item() for i in range(7)])
class Squares(Dataset):
    def __len__(self): return 5
    def __getitem__(self, i): return i, i * i
for a, b in DataLoader(Squares(), batch_size=2):
    print(a, b)
print(torch.randn(2))
