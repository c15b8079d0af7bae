import torch

# save the state, draw, restore, draw again: the same numbers
torch.manual_seed(0)
state = torch.get_rng_state()
print(state.dtype, state.shape, state.is_contiguous())
first = torch.randn(5)
torch.set_rng_state(state)
again = torch.randn(5)
print(first, torch.equal(first, again))

# the state layout: seed (8 bytes), left, seeded, next, 624 state words (8 bytes each),
# the legacy normal fields and the cached double normal, the float cache
torch.manual_seed(2 ** 40 + 7)
torch.randn(1)  # draws 4 words and caches the second Box-Muller value
s = torch.get_rng_state()
print(s[:8].tolist(), s[8:24].tolist())
print(s[24:40].tolist())
print(s[5016:5056].tolist())
cached = torch.randn(1, dtype=torch.float64)
torch.set_rng_state(s)
print(torch.equal(torch.randn(1, dtype=torch.float64), cached), cached.tolist())
print(torch.initial_seed())

# the cache survives a batched fill and is replayed by set_rng_state
torch.manual_seed(3)
torch.randn(3)
saved = torch.get_rng_state()
big = torch.randn(32)
one = torch.randn(1)
torch.set_rng_state(saved)
print(torch.equal(torch.randn(32), big), torch.equal(torch.randn(1), one), one.tolist())
torch.manual_seed(3)
print(torch.get_rng_state()[5016:5056].tolist())

# checkpointing a training step's randomness (dropout) and replaying it
torch.manual_seed(4)
x = torch.ones(2, 8)
rng = torch.get_rng_state()
y1 = torch.nn.functional.dropout(x, 0.5)
torch.set_rng_state(rng)
y2 = torch.nn.functional.dropout(x, 0.5)
print(y1, torch.equal(y1, y2))

# torch.Generator objects
g = torch.Generator()
print(g.initial_seed(), g.device)
print(g.manual_seed(1) is g, g.initial_seed())
a = torch.rand(3, generator=g)
gs = g.get_state()
b = torch.rand(3, generator=g)
print(g.set_state(gs) is g, torch.equal(torch.rand(3, generator=g), b), a)
g2 = torch.Generator().manual_seed(1)
print(torch.equal(torch.rand(3, generator=g2), a))
print(torch.equal(torch.Generator().manual_seed(9).get_state(), torch.Generator().manual_seed(9).get_state()))
print(torch.Generator().manual_seed(5).get_state()[:40].tolist())

# seeds: only the low 32 bits reach mt19937, negative seeds wrap modulo 2**64
torch.manual_seed(2 ** 32 + 3)
u = torch.rand(2)
print(torch.initial_seed())
torch.manual_seed(3)
print(torch.equal(u, torch.rand(2)))
torch.manual_seed(-1)
print(torch.rand(2).tolist())
print(torch.manual_seed(7) is torch.default_generator, torch.default_generator.initial_seed())

# fork_rng restores the default generator's state on exit
torch.manual_seed(8)
with torch.random.fork_rng():
    inside = torch.rand(2)
after = torch.rand(2)
print(torch.equal(inside, after), inside)
with torch.random.fork_rng(enabled=False):
    torch.rand(2)
print(torch.rand(2))

# a legacy 5048-byte state (older checkpoints) is accepted too
torch.manual_seed(0)
torch.randn(1)
legacy = torch.get_rng_state()[:5048].clone()
torch.set_rng_state(legacy)
print(torch.randn(2))
