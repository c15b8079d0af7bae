import torch
import torch.nn.functional as F

vocab = list("abcdefghij")
torch.manual_seed(0)
logits = torch.randn(len(vocab))

# sample a "sentence" token by token at a few temperatures (char-RNN style)
def sample_tokens(logits, n, temperature):
    out = []
    for _ in range(n):
        probs = F.softmax(logits / temperature, dim=-1)
        idx = torch.multinomial(probs, num_samples=1).item()
        out.append(vocab[idx])
        logits = logits.roll(1)
    return "".join(out)

for temperature in (0.5, 1.0, 2.0):
    print(temperature, sample_tokens(logits, 12, temperature))

# with replacement: one 53-bit uniform per sample, binary search in the normalised cumsum
torch.manual_seed(1)
probs = torch.tensor([0.1, 0.2, 0.3, 0.4])
draws = torch.multinomial(probs, 30, replacement=True)
print(draws)
print(torch.bincount(draws, minlength=4))
weights = torch.tensor([1.0, 0.0, 3.0, 0.0, 6.0])  # unnormalised, with zero weights
print(torch.multinomial(weights, 12, replacement=True))
print(torch.multinomial(weights.double(), 5, True))

# without replacement: exponential race (p / Exp(1)), then argmax or topk
torch.manual_seed(2)
print(torch.multinomial(probs, 4))
print(torch.multinomial(probs, 2))
print(torch.multinomial(probs, 1))
print(torch.multinomial(weights, 3))
print(torch.multinomial(torch.rand(20), 5))
print(torch.multinomial(torch.rand(20, dtype=torch.float64), 20))

# 2-D: one row per distribution (a batch of next-token distributions)
torch.manual_seed(3)
batch_logits = torch.randn(4, 6)
batch_probs = batch_logits.softmax(dim=1)
print(torch.multinomial(batch_probs, 1))
print(torch.multinomial(batch_probs, 3))
print(torch.multinomial(batch_probs, 8, replacement=True))
print(torch.multinomial(batch_probs.double(), 2, replacement=True))
print(torch.multinomial(batch_probs, 1).squeeze(1).tolist())

# a generator of its own
g = torch.Generator().manual_seed(11)
print(torch.multinomial(probs, 10, replacement=True, generator=g))
print(torch.multinomial(batch_probs, 2, generator=g))
print(torch.multinomial(probs, 1, generator=g).dtype)
