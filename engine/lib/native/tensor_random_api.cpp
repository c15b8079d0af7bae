// Sampling from Python: torch.bernoulli and torch.multinomial (also methods), and the in-place
// samplers x.uniform_(), normal_, random_, bernoulli_, exponential_, geometric_, cauchy_ and
// log_normal_. Every one takes generator= and draws PyTorch's numbers for the same seed.
#include "lib/native/tensor_api.h"
#include "lib/native/torch_random.h"
#include "ops/ops.h"
#include "python/args.h"
#include "random/distributions.h"

namespace ag::interp {

namespace {

using Map = std::unordered_map<std::string, NativeFn>;

double float_or(Interpreter& in, const std::optional<Value>& v, double fallback) {
  return v && !v->is_none() ? to_float(in, *v) : fallback;
}

// x.name_(a=default_a, b=default_b, *, generator=None) for the two-parameter samplers.
template <class Fill>
NativeFn two_parameter_sampler(const char* name, const char* first, double first_default, const char* second,
                               double second_default, Fill fill) {
  return [=](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, name, a, k);
    Value self = r.required(0, "self");
    const double x = float_or(in, r.get(1, first), first_default);
    const double y = float_or(in, r.get(2, second), second_default);
    Generator* gen = generator_arg(in, r.keyword("generator"));
    r.done();
    fill(in.to_tensor(self), x, y, gen);
    return self;
  };
}

}  // namespace

void add_random_methods(Map& m) {
  m["uniform_"] = two_parameter_sampler("uniform_", "from", 0.0, "to", 1.0, [](const Tensor& t, double from, double to, Generator* g) {
    uniform_(t, from, to, g);
  });
  m["normal_"] = two_parameter_sampler("normal_", "mean", 0.0, "std", 1.0, [](const Tensor& t, double mean, double std, Generator* g) {
    normal_(t, mean, std, g);
  });
  m["cauchy_"] = two_parameter_sampler("cauchy_", "median", 0.0, "sigma", 1.0, [](const Tensor& t, double median, double sigma, Generator* g) {
    cauchy_(t, median, sigma, g);
  });
  m["log_normal_"] = two_parameter_sampler("log_normal_", "mean", 1.0, "std", 2.0, [](const Tensor& t, double mean, double std, Generator* g) {
    log_normal_(t, mean, std, g);
  });
  m["exponential_"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "exponential_", a, k);
    Value self = r.required(0, "self");
    const double lambd = float_or(in, r.get(1, "lambd"), 1.0);
    Generator* gen = generator_arg(in, r.keyword("generator"));
    r.done();
    exponential_(in.to_tensor(self), lambd, gen);
    return self;
  };
  m["geometric_"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "geometric_", a, k);
    Value self = r.required(0, "self");
    const double p = to_float(in, r.required(1, "p"));
    Generator* gen = generator_arg(in, r.keyword("generator"));
    r.done();
    geometric_(in.to_tensor(self), p, gen);
    return self;
  };
  // bernoulli_(p=0.5): p a float or a tensor broadcast to self.
  m["bernoulli_"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "bernoulli_", a, k);
    Value self = r.required(0, "self");
    auto p = r.get(1, "p");
    Generator* gen = generator_arg(in, r.keyword("generator"));
    r.done();
    if (p && p->as<TensorObj>()) bernoulli_(in.to_tensor(self), in.to_tensor(*p), gen);
    else bernoulli_(in.to_tensor(self), float_or(in, p, 0.5), gen);
    return self;
  };
  // random_(from, to) / random_(to) / random_(): integers drawn as PyTorch's random_ kernels.
  m["random_"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "random_", a, k);
    Value self = r.required(0, "self");
    auto first = r.get(1, "from");
    auto second = r.get(2, "to");
    Generator* gen = generator_arg(in, r.keyword("generator"));
    r.done();
    Tensor t = in.to_tensor(self);
    if (!first || first->is_none()) random_(t, 0, 0, true, gen);
    else if (!second || second->is_none()) random_(t, 0, to_int(in, *first), false, gen);
    else random_(t, to_int(in, *first), to_int(in, *second), false, gen);
    return self;
  };
}

void add_random_functions(Map& m) {
  // torch.bernoulli(p) draws with p's own probabilities (and returns p's dtype);
  // torch.bernoulli(x, p) with a float p is empty_like(x).bernoulli_(p).
  m["bernoulli"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "bernoulli", a, k);
    Tensor t = self_of(r);
    auto p = r.get(1, "p");
    Generator* gen = generator_arg(in, r.keyword("generator"));
    r.done();
    NoGradGuard no_grad;
    Tensor out = empty_like(t);
    if (p && !p->is_none()) bernoulli_(out, to_float(in, *p), gen);
    else bernoulli_(out, t, gen);
    return in.wrap(out);
  };
  m["multinomial"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "multinomial", a, k);
    Tensor t = self_of(r);
    const int64_t n = to_int(in, r.required(1, "num_samples"));
    auto replacement = r.get(2, "replacement");
    Generator* gen = generator_arg(in, r.keyword("generator"));
    r.done();
    return in.wrap(multinomial(t, n, replacement && in.truthy(*replacement), gen));
  };
}

}  // namespace ag::interp
