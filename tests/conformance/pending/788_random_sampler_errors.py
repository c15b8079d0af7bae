import torch

probs = torch.tensor([0.2, 0.3, 0.5])
tests = [
    lambda: torch.multinomial(probs, 4),
    lambda: torch.multinomial(probs, 0),
    lambda: torch.multinomial(torch.tensor([-0.2, 0.8]), 1),
    lambda: torch.multinomial(torch.tensor([-0.2, 0.8]), 1, True),
    lambda: torch.multinomial(torch.tensor([0.0, 0.0]), 1),
    lambda: torch.multinomial(torch.tensor([0.0, 0.0]), 1, replacement=True),
    lambda: torch.multinomial(torch.tensor([[0.0, 0.0], [1.0, 1.0]]), 1),
    lambda: torch.multinomial(torch.tensor([float("inf"), 1.0]), 1, True),
    lambda: torch.multinomial(torch.tensor([float("nan"), 1.0]), 1),
    lambda: torch.multinomial(torch.tensor([1, 2]), 1),
    lambda: torch.multinomial(torch.ones(2, 2, 2), 1),
    lambda: torch.multinomial(torch.tensor(1.0), 1),
    lambda: torch.bernoulli(torch.tensor([0.5, 1.5])),
    lambda: torch.bernoulli(torch.tensor([1, 0])),
    lambda: torch.zeros(3).bernoulli_(1.5),
    lambda: torch.zeros(3).bernoulli_(-0.1),
    lambda: torch.normal(torch.zeros(2), torch.tensor([-1.0, 1.0])),
    lambda: torch.normal(0.0, -1.0, size=(2,)),
    lambda: torch.normal(torch.zeros(2), -1.0),
    lambda: torch.normal(torch.zeros(2), torch.ones(3)),
    lambda: torch.empty(2).normal_(0, -1),
    lambda: torch.empty(2, dtype=torch.int64).normal_(),
    lambda: torch.empty(2, dtype=torch.int64).exponential_(),
    lambda: torch.empty(2, dtype=torch.int64).uniform_(),
    lambda: torch.empty(2).uniform_(1.0, 0.0),
    lambda: torch.empty(2).exponential_(-1.0),
    lambda: torch.empty(2).geometric_(1.0),
    lambda: torch.empty(2).geometric_(0.0),
    lambda: torch.empty(2).log_normal_(0.0, 0.0),
    lambda: torch.empty(2, dtype=torch.int64).cauchy_(),
    lambda: torch.poisson(torch.tensor([-1.0])),
    lambda: torch.poisson(torch.tensor([1, 2])),
    lambda: torch.randint(5, 5, (2,)),
    lambda: torch.randint(5, 2, (2,)),
    lambda: torch.empty(3).random_(5, 2),
    lambda: torch.randperm(-1),
    lambda: torch.rand(2, dtype=torch.int64),
    lambda: torch.randn(2, dtype=torch.int64),
    lambda: torch.set_rng_state(torch.get_rng_state().float()),
    lambda: torch.set_rng_state(torch.get_rng_state()[:100]),
    lambda: torch.set_rng_state(torch.zeros(5056, dtype=torch.uint8)),
    lambda: torch.manual_seed(2 ** 64),
    lambda: torch.Generator().manual_seed("3"),
]
for t in tests:
    try:
        print("no error", t())
    except Exception as e:
        print(type(e).__name__ + ":", e)

# a failing sampler has drawn nothing: the stream continues as if it had not been called
torch.manual_seed(0)
try:
    torch.multinomial(torch.tensor([0.0, 0.0]), 1)
except RuntimeError:
    pass
print(torch.rand(2))

# errors found inside the sampling loop come after the earlier elements have drawn
torch.manual_seed(0)
try:
    torch.bernoulli(torch.tensor([0.5, 0.5, 1.5]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.rand(1))
torch.manual_seed(0)
try:
    torch.multinomial(torch.tensor([[0.5, 0.5], [0.0, 0.0]]), 3, replacement=True)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.rand(1))

# negative seeds wrap modulo 2**64, so initial_seed() needs integers past 64 bits
torch.manual_seed(-1)
print(torch.initial_seed(), torch.rand(2).tolist())
torch.manual_seed(-5)
print(torch.initial_seed())
