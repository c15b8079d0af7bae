// PyTorch 1.13's CPU samplers beyond rand/randn/randint: Bernoulli, exponential, geometric,
// Cauchy, log-normal, Poisson and multinomial, drawing the same words from the generator in the
// same order, so a seeded cell prints PyTorch's numbers (docs/pytorch-facts/random-samplers.md).
// The fills write t in place in its memory order; the callers check the in-place rules.
#pragma once

#include <cstdint>

#include "random/generator.h"
#include "tensor/tensor.h"

namespace ag {

// Each element 1 where a 53-bit uniform falls below p (bernoulli_(p), torch.bernoulli(x, p)).
void fill_bernoulli(const Tensor& t, double p, Generator* gen = nullptr);
// bernoulli_(p) with p a tensor of t's shape (an expanded view is fine): a float64 p compares
// 53-bit uniforms in double, a float32 p 24-bit uniforms in float32, whatever t's dtype.
void fill_bernoulli(const Tensor& t, const Tensor& p, Generator* gen = nullptr);
// exponential_(lambd): (-1 / lambd) * log(1 - u), in double, then rounded to t's dtype.
void fill_exponential(const Tensor& t, double lambd, Generator* gen = nullptr);
// geometric_(p): ceil(log(u) / log(1 - p)); integer dtypes too.
void fill_geometric(const Tensor& t, double p, Generator* gen = nullptr);
// cauchy_(median, sigma): fma(sigma, tan(pi * (u - 0.5)), median).
void fill_cauchy(const Tensor& t, double median, double sigma, Generator* gen = nullptr);
// log_normal_(mean, std): exp of a normal sample from the generator's cached Box-Muller pairs.
void fill_log_normal(const Tensor& t, double mean, double std, Generator* gen = nullptr);

// torch.normal with tensor arguments records NormalBackward1 (tensor mean), 2 (tensor std) or 3
// (both) on its result; in PyTorch 1.13 their gradients are zeros. An undefined tensor is a float.
void record_normal(const Tensor& out, const Tensor& mean, const Tensor& std);

// torch.poisson(rates): one count per rate, in the rates' dtype (float dtypes only).
Tensor poisson(const Tensor& rates, Generator* gen = nullptr);
// torch.multinomial(probs, n, replacement): int64 indices, shape (n,) or (rows, n).
Tensor multinomial(const Tensor& probs, int64_t n, bool replacement, Generator* gen = nullptr);

}  // namespace ag
