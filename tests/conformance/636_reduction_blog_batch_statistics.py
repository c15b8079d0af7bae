# "Summarising measurements with tensor reductions": robust statistics, z-scores, outliers,
# a running best, and a temperature-softmax computed stably with logsumexp.
import torch

times = torch.tensor([[12.0, 11.5, 13.0, 40.0, 12.5, 11.0, 12.2],
                      [20.0, 21.5, 19.0, 20.5, 22.0, 5.0, 20.8],
                      [8.0, 8.5, 7.5, 9.0, 8.2, 7.9, 30.0]], dtype=torch.float64)
mean = times.mean(dim=1, keepdim=True)
std, same_mean = torch.std_mean(times, dim=1, keepdim=True)
print("mean", mean.squeeze(1), torch.allclose(mean, same_mean))
print("std ", std.squeeze(1))
med = times.median(dim=1)
print("median", med.values, "at", med.indices)
print("min/max", torch.aminmax(times, dim=1))
lo, hi = torch.kthvalue(times, 2, dim=1).values, torch.kthvalue(times, 6, dim=1).values
print("2nd smallest / 2nd largest", lo, hi)

# z-scores, and the largest |z| per run is the outlier
z = (times - mean) / std
print(z.abs().amax(1), z.abs().argmax(1))
worst = z.abs().topk(1, dim=1)
print(worst)
outlier = z.abs() > 2
print(outlier, outlier.any(1), outlier.sum(1), torch.count_nonzero(outlier, dim=0))
clean = torch.where(outlier, torch.tensor(float("nan"), dtype=torch.float64), times)
print("nanmean without outliers", torch.nanmean(clean, 1), clean.nansum(1))

# ranking the runs by median, and a sorted view of each row
order = med.values.argsort(descending=True)
print("runs slowest first", order)
print(torch.sort(times, dim=1).values[:, :3])

# a running best (lowest) time and when it was set
best, when = torch.cummin(times[0], 0)
print(best, when)
improved = torch.unique(when)
print("record set at", improved, "total time", times[0].cumsum(0)[-1])

# softmax with temperature through logsumexp, with a gradient w.r.t. the scores
scores = torch.tensor([2.0, 1.0, 0.1, -1.0], requires_grad=True)
for temp in [0.5, 1.0, 4.0]:
    logp = scores / temp - torch.logsumexp(scores / temp, dim=0)
    print(temp, logp.exp(), logp.exp().sum().sub(1).abs() < 1e-6)
scores.grad = None
(-(scores / 0.5 - torch.logsumexp(scores / 0.5, 0))[0]).backward()
print(scores.grad)
