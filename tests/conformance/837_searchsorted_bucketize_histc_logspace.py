# Binning continuous values: bucket ids for an embedding lookup with bucketize / searchsorted,
# inverse-CDF sampling with searchsorted, histograms with histc, and log-spaced grids for a
# learning-rate sweep.
import torch

edges = torch.tensor([0.0, 1.0, 2.5, 4.0])
ages = torch.tensor([-1.0, 0.0, 0.5, 1.0, 3.0, 4.0, 7.0])
left = torch.bucketize(ages, edges)
print(left, left.dtype, torch.bucketize(ages, edges, right=True))
print(torch.searchsorted(edges, ages), torch.searchsorted(edges, ages, right=True), torch.searchsorted(edges, ages, side="right"))
print(torch.searchsorted(edges, ages, side="left"), torch.searchsorted(edges, 2.5), torch.searchsorted(edges, torch.tensor(2.5), right=True))
print(torch.bucketize(torch.tensor([[0.5, 2.0], [9.0, -3.0]]), edges), torch.bucketize(3, edges), torch.bucketize(torch.tensor([1, 3]), edges))
emb = torch.nn.Embedding(5, 2)
print(emb(torch.bucketize(ages, edges)).shape)

# one sorted row of boundaries per row of values
B = torch.tensor([[1, 3, 5, 7, 9], [2, 4, 6, 8, 10]])
V = torch.tensor([[3, 6, 9], [3, 6, 9]])
print(torch.searchsorted(B, V), torch.searchsorted(B, V, right=True))
print(torch.searchsorted(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([2])), torch.searchsorted(torch.tensor([1, 2, 3]), torch.tensor([2.5])))
# unsorted boundaries are not checked: the binary search just runs (sorter= fixes it up)
raw = torch.tensor([5.0, 1.0, 3.0])
print(torch.searchsorted(raw, torch.tensor([2.0, 4.0])), torch.searchsorted(raw, torch.tensor([2.0, 4.0]), sorter=raw.argsort()))

# inverse-CDF sampling from a discrete distribution
probs = torch.tensor([0.1, 0.2, 0.3, 0.4])
cdf = probs.cumsum(0)
torch.manual_seed(0)
u = torch.rand(8)
draws = torch.searchsorted(cdf, u)
print(cdf, u, draws, (draws == 3).sum().item())

# histograms: bins of equal width over [min, max]; the last bin includes max
x = torch.tensor([1.0, 2.0, 1.0, 2.5, 4.0, 0.0, 3.9, 1.5])
print(torch.histc(x, bins=4, min=0, max=4), torch.histc(x, bins=4), torch.histc(x, 3, 1, 2), x.histc(bins=5, min=-1, max=5))
print(torch.histc(torch.tensor([2.0, 2.0]), bins=4), torch.histc(torch.tensor([1.0, 1.0]), bins=3, min=1, max=1))
print(torch.histc(torch.tensor([0.3, 0.6, 0.9]), bins=10, min=0, max=0.9), torch.histc(torch.tensor([0.1, 0.2, 0.3, 0.7]), bins=10, min=0, max=1))
print(torch.histc(x.double(), bins=2), torch.histc(torch.tensor([]), bins=3), torch.histc(torch.tensor([float("nan"), 1.0]), bins=2, min=0, max=2))
torch.manual_seed(1)
h = torch.histc(torch.randn(1000), bins=8, min=-3, max=3)
print(h, h.sum().item(), torch.histc(torch.ones(2, requires_grad=True), bins=2).requires_grad)

# log-spaced grids: base ** linspace(start, end, steps)
print(torch.logspace(-4, -1, 4), torch.logspace(0, 3, 4).tolist(), torch.logspace(0, 2, 3, base=2))
print(torch.logspace(-1, 1, 5).tolist())
print(torch.logspace(0, 1, 7, base=2).tolist())
print(torch.logspace(0.3, 2.7, 9, base=10.0).tolist())
print(torch.logspace(0, 1, 5, dtype=torch.float64), torch.logspace(0, 3, 4, dtype=torch.int64), torch.logspace(2, 0, 3, base=3))
print(torch.logspace(1, 1, 1), torch.logspace(0, 1, 0), torch.logspace(0, 10, 11, base=2).tolist())
