import random
import torch

def minibatches(data, batch_size, shuffle=False):
    idx = list(range(len(data)))
    if shuffle:
        random.shuffle(idx)
    for start in range(0, len(idx), batch_size):
        yield [data[i] for i in idx[start:start + batch_size]]

data = [(float(i), 2.0 * i + 1) for i in range(7)]
for batch in minibatches(data, 3):
    print(len(batch), batch)

random.seed(0)
for epoch in range(2):
    sizes = []
    for batch in minibatches(data, 3, shuffle=True):
        xs = torch.tensor([b[0] for b in batch])
        sizes.append(xs.numel())
        print(epoch, xs.tolist())
    print("sizes", sizes)
