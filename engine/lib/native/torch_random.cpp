// torch.Generator (an mt19937 of its own, seeded like torch.manual_seed), torch.default_generator,
// torch.randperm and Tensor.random_, drawing the numbers PyTorch draws for the same seeds.
#include "lib/native/torch_random.h"

#include <chrono>

#include "lib/native/tensor_api.h"
#include "ops/ops.h"
#include "python/args.h"
#include "random/distributions.h"

namespace ag::interp {

namespace {

const BuiltinTypes& T() { return builtin_types(); }

ClassRef generator_class() {
  static const ClassRef cls = [] {
    auto c = std::make_shared<ClassObj>();
    c->name = "Generator";
    c->module = "torch._C";
    c->metaclass = T().type.get();
    c->bases = {T().object};
    return c;
  }();
  return cls;
}

// A Python instance of torch.Generator carrying the engine generator it names.
struct GeneratorObj : InstanceObj {
  GeneratorObj(std::shared_ptr<Generator> g) : InstanceObj(generator_class()), generator(std::move(g)) {}
  std::shared_ptr<Generator> generator;
};

Generator& self_generator(Interpreter& in, const Value& v) {
  auto* g = dynamic_cast<GeneratorObj*>(v.obj().get());
  if (!g) in.raise("TypeError", "expected a torch.Generator");
  return *g->generator;
}

}  // namespace

Value default_generator_value() {
  // Shares the process-wide default generator without owning it.
  static const Value value(std::make_shared<GeneratorObj>(std::shared_ptr<Generator>(std::shared_ptr<Generator>{}, &default_generator())));
  return value;
}

Generator* generator_arg(Interpreter& in, const std::optional<Value>& v) {
  if (!v || v->is_none()) return nullptr;
  auto* g = dynamic_cast<GeneratorObj*>(v->obj().get());
  if (!g) in.raise("TypeError", "generator must be a torch.Generator, not " + in.type_of(*v)->name);
  return g->generator.get();
}

void install_torch_random(Interpreter& interp, AttrMap& t) {
  ClassRef cls = generator_class();
  cls->attrs["__new_native__"] = make_native("Generator", [](Interpreter& in, Args& a, Kwargs& k) {
    a.erase(a.begin());
    ArgReader r(in, "Generator", a, k);
    auto device = r.get(0, "device");
    r.done();
    if (device && !device->is_none() && in.str(*device) != "cpu") in.raise("RuntimeError", "Device type CUDA is not supported: the playground runs on the CPU");
    return Value(std::make_shared<GeneratorObj>(std::make_shared<Generator>()));
  });
  cls->attrs["manual_seed"] = make_native("manual_seed", [](Interpreter& in, Args& a, Kwargs&) {
    // Generator.manual_seed takes only an int (torch.manual_seed calls int() first).
    const Value& seed = a.at(1);
    if (!seed.is_int()) in.raise("RuntimeError", "manual_seed expected a long, but got " + in.type_of(seed)->name);
    self_generator(in, a.at(0)).manual_seed(static_cast<uint64_t>(to_int(in, seed)));
    return a[0];
  });
  cls->attrs["initial_seed"] = make_native("initial_seed", [](Interpreter& in, Args& a, Kwargs&) {
    return Value::integer(static_cast<int64_t>(self_generator(in, a.at(0)).initial_seed()));
  });
  cls->attrs["seed"] = make_native("seed", [](Interpreter& in, Args& a, Kwargs&) {
    const auto seed = static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) & 0x7fffffffffffffffULL;
    self_generator(in, a.at(0)).manual_seed(seed);
    return Value::integer(static_cast<int64_t>(seed));
  });
  cls->attrs["device"] = Value(std::make_shared<PropertyObj>(make_native("device", [](Interpreter& in, Args& a, Kwargs& k) {
    self_generator(in, a.at(0));
    return Value(std::make_shared<DeviceObj>());
  })));
  // Generator.get_state()/set_state(): PyTorch's CPUGeneratorImplState as a torch.uint8 tensor;
  // set_state returns the generator. The checks and their texts are THPGenerator_setState's.
  cls->attrs["get_state"] = make_native("get_state", [](Interpreter& in, Args& a, Kwargs&) {
    const std::vector<uint8_t> bytes = self_generator(in, a.at(0)).state();
    return in.wrap(from_int64s(std::vector<int64_t>(bytes.begin(), bytes.end()), {static_cast<int64_t>(bytes.size())}, DType::UInt8));
  });
  cls->attrs["set_state"] = make_native("set_state", [](Interpreter& in, Args& a, Kwargs& k) {
    Generator& g = self_generator(in, a.at(0));
    Args rest(a.begin() + 1, a.end());
    ArgReader r(in, "set_state", rest, k);
    const Value state = r.required(0, "new_state");
    r.done();
    const auto* t = state.as<TensorObj>();
    if (!t) in.raise("TypeError", "expected a torch.ByteTensor, but got " + in.type_of(state)->name);
    if (t->tensor.dtype() != DType::UInt8) in.raise("TypeError", "RNG state must be a torch.ByteTensor");
    const std::vector<double> values = t->tensor.detach().to_doubles();
    g.set_state(std::vector<uint8_t>(values.begin(), values.end()));
    return a[0];
  });
  t["Generator"] = Value(cls);
  t["default_generator"] = default_generator_value();
  // torch.poisson(input, generator=None): the generator may come positionally.
  t["poisson"] = make_native("poisson", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "poisson", a, k);
    Tensor rates = in.to_tensor(r.required(0, "input"), "input");
    Generator* gen = generator_arg(in, r.get(1, "generator"));
    r.done();
    return in.wrap(poisson(rates.detach(), gen));
  });
  t["randperm"] = make_native("randperm", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "randperm", a, k);
    const int64_t n = to_int(in, r.required(0, "n"));
    Generator* gen = generator_arg(in, r.keyword("generator"));
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    r.keyword("device");
    r.keyword("requires_grad");
    r.done();
    return in.wrap(randperm(n, dtype.value_or(DType::Int64), gen));
  });
}

}  // namespace ag::interp
