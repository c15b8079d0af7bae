// torch._C._nn: the native functions that torch.nn.functional (engine/lib/python/torch/nn/
// functional.py) is written over, and torch.nn.Parameter.
#include "python/args.h"
#include "python/interpreter.h"
#include "lib/native/tensor_api.h"
#include "ops/ops.h"

namespace ag::interp {

namespace {

const BuiltinTypes& T() { return builtin_types(); }

std::shared_ptr<ModuleObj> add_module(Interpreter& in, const std::string& name) {
  auto m = std::make_shared<ModuleObj>(name);
  in.modules()[name] = Value(m);
  return m;
}

Reduction reduction_of(Interpreter& in, const std::optional<Value>& v) {
  if (!v || v->is_none()) return Reduction::Mean;
  const std::string s = in.str(*v);
  if (s == "mean") return Reduction::Mean;
  if (s == "sum") return Reduction::Sum;
  if (s == "none") return Reduction::None;
  in.raise("ValueError", s + " is not a valid value for reduction");
}

// As at::linear in PyTorch 1.13: addmm for 2-D input with a bias, a flattened addmm for
// contiguous 3-D input, matmul then an in-place add otherwise — so grad_fns match PyTorch's.
Tensor linear(const Tensor& input, const Tensor& weight, const Tensor& bias) {
  if (input.dim() == 2 && bias.defined()) return addmm(bias, input, t(weight));
  if (bias.defined() && input.dim() == 3 && input.is_contiguous()) {
    Shape out_shape = input.shape();
    out_shape.back() = weight.size(0);
    Tensor flat = view(input, {-1, input.size(2)});
    return view(addmm(bias, flat, t(weight)), out_shape);
  }
  Tensor out = matmul(input, t(weight));
  if (bias.defined()) add_(out, bias);
  return out;
}

// (h, w) from a tuple of one or two ints (one int serves both).
std::array<int64_t, 2> int_pair(Interpreter& in, const Value& v) {
  Shape s = to_shape(in, v);
  if (s.empty()) in.raise("ValueError", "expected one or two integers");
  return {s[0], s.size() > 1 ? s[1] : s[0]};
}

Tensor optional_tensor(Interpreter& in, const std::optional<Value>& v) {
  if (!v || v->is_none()) return Tensor();
  return in.to_tensor(*v);
}

}  // namespace

void install_nn_natives(Interpreter& interp) {
  add_module(interp, "torch._C");
  auto nn = add_module(interp, "torch._C._nn");
  AttrMap& F = nn->attrs;
  for (const char* name : {"relu", "sigmoid", "tanh", "softmax", "log_softmax"}) {
    F[name] = make_native(name, tensor_functions().at(name));
  }
  // Activations with their parameters: leaky_relu(input, negative_slope), elu(input, alpha),
  // gelu(input, approximate), softplus(input, beta, threshold), hardtanh(input, min, max).
  F["leaky_relu"] = make_native("leaky_relu", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(leaky_relu(in.to_tensor(a.at(0)), to_float(in, a.at(1))));
  });
  F["elu"] = make_native("elu", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(elu(in.to_tensor(a.at(0)), to_float(in, a.at(1))));
  });
  F["gelu"] = make_native("gelu", [](Interpreter& in, Args& a, Kwargs&) {
    const std::string approximate = in.str(a.at(1));
    if (approximate != "none" && approximate != "tanh") in.raise("RuntimeError", "approximate argument must be either none or tanh.");
    return in.wrap(gelu(in.to_tensor(a.at(0)), approximate == "tanh"));
  });
  F["silu"] = make_native("silu", [](Interpreter& in, Args& a, Kwargs&) { return in.wrap(silu(in.to_tensor(a.at(0)))); });
  F["softplus"] = make_native("softplus", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(softplus(in.to_tensor(a.at(0)), to_float(in, a.at(1)), to_float(in, a.at(2))));
  });
  F["hardtanh"] = make_native("hardtanh", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(hardtanh(in.to_tensor(a.at(0)), to_float(in, a.at(1)), to_float(in, a.at(2))));
  });
  // elu(input, alpha, scale, input_scale) is ATen's (selu passes its constants), celu(input, alpha).
  F["_elu_scaled"] = make_native("elu", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(elu(in.to_tensor(a.at(0)), to_float(in, a.at(1)), to_float(in, a.at(2)), to_float(in, a.at(3))));
  });
  F["celu"] = make_native("celu", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(celu(in.to_tensor(a.at(0)), to_float(in, a.at(1))));
  });
  F["hardsigmoid"] = make_native("hardsigmoid", [](Interpreter& in, Args& a, Kwargs&) { return in.wrap(hardsigmoid(in.to_tensor(a.at(0)))); });
  F["hardswish"] = make_native("hardswish", [](Interpreter& in, Args& a, Kwargs&) { return in.wrap(hardswish(in.to_tensor(a.at(0)))); });
  F["mish"] = make_native("mish", [](Interpreter& in, Args& a, Kwargs&) { return in.wrap(mish(in.to_tensor(a.at(0)))); });
  F["log_sigmoid"] = make_native("log_sigmoid", [](Interpreter& in, Args& a, Kwargs&) { return in.wrap(log_sigmoid(in.to_tensor(a.at(0)))); });
  F["softshrink"] = make_native("softshrink", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(softshrink(in.to_tensor(a.at(0)), to_float(in, a.at(1))));
  });
  F["hardshrink"] = make_native("hardshrink", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(hardshrink(in.to_tensor(a.at(0)), to_float(in, a.at(1))));
  });
  F["glu"] = make_native("glu", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(glu(in.to_tensor(a.at(0)), to_int(in, a.at(1))));
  });
  F["prelu"] = make_native("prelu", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(prelu(in.to_tensor(a.at(0)), in.to_tensor(a.at(1))));
  });
  // _apply_inplace(input, f): input becomes f(input) in place, recorded as f's node on the
  // rebased input (the inplace=True of activations), as x.relu_() is.
  F["_apply_inplace"] = make_native("_apply_inplace", [](Interpreter& in, Args& a, Kwargs&) {
    Value self = a.at(0), fn = a.at(1);
    apply_inplace(in.to_tensor(self), {}, [&](const Tensor& x) { return in.to_tensor(in.call(fn, {in.wrap(x)})); });
    return self;
  });
  // F.one_hot(tensor, num_classes=-1): int64 rows with a 1 at each class (no gradient).
  F["one_hot"] = make_native("one_hot", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "one_hot", a, k);
    Tensor t = in.to_tensor(r.required(0, "input"));
    int64_t classes = to_int(in, r.get(1, "num_classes").value_or(Value::integer(-1)));
    r.done();
    if (t.dtype() != DType::Int64) in.raise("RuntimeError", "one_hot is only applicable to index tensor.");
    int64_t top = -1;
    for (int64_t i = 0; i < t.numel(); ++i) {
      const int64_t v = t.flat_get_scalar(i).to_int();
      if (v < 0) in.raise("RuntimeError", "Class values must be non-negative.");
      top = std::max(top, v);
    }
    if (classes == -1) {
      if (t.numel() == 0) in.raise("RuntimeError", "Can not infer total number of classes from empty tensor.");
      classes = top + 1;
    } else if (top >= classes) {
      in.raise("RuntimeError", "Class values must be smaller than num_classes.");
    }
    Shape shape = t.shape();
    shape.push_back(classes);
    Tensor out = zeros(shape, DType::Int64);
    int64_t* o = out.data_ptr<int64_t>();
    for (int64_t i = 0; i < t.numel(); ++i) o[i * classes + t.flat_get_scalar(i).to_int()] = 1;
    return in.wrap(out);
  });
  F["erf"] = make_native("erf", [](Interpreter& in, Args& a, Kwargs&) { return in.wrap(erf(in.to_tensor(a.at(0)))); });
  F["linear"] = make_native("linear", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "linear", a, k);
    Tensor input = in.to_tensor(r.required(0, "input"));
    Tensor weight = in.to_tensor(r.required(1, "weight"));
    Tensor bias = optional_tensor(in, r.get(2, "bias"));
    r.done();
    return in.wrap(linear(input, weight, bias));
  });
  F["mse_loss"] = make_native("mse_loss", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "mse_loss", a, k);
    Tensor input = in.to_tensor(r.required(0, "input"));
    Tensor target = in.to_tensor(r.required(1, "target"));
    r.get(2, "size_average");
    r.get(3, "reduce");
    auto red = r.get(4, "reduction");
    r.done();
    return in.wrap(mse_loss(input, target, reduction_of(in, red)));
  });
  // nll_loss / cross_entropy(input, target, weight, reduction, ignore_index): class-index targets.
  for (const char* name : {"cross_entropy", "nll_loss"}) {
    const bool ce = std::string(name) == "cross_entropy";
    F[name] = make_native(name, [name, ce](Interpreter& in, Args& a, Kwargs& k) {
      ArgReader r(in, name, a, k);
      Tensor input = in.to_tensor(r.required(0, "input"));
      Tensor target = in.to_tensor(r.required(1, "target"));
      Tensor weight = optional_tensor(in, r.get(2, "weight"));
      auto red = r.get(3, "reduction");
      auto ignore = r.get(4, "ignore_index");
      r.done();
      const Reduction reduction = reduction_of(in, red);
      const int64_t ignore_index = ignore ? to_int(in, *ignore) : -100;
      return in.wrap(ce ? cross_entropy(input, target, reduction, weight, ignore_index)
                        : nll_loss(input, target, reduction, weight, ignore_index));
    });
  }
  F["smooth_l1_loss"] = make_native("smooth_l1_loss", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(smooth_l1_loss(in.to_tensor(a.at(0)), in.to_tensor(a.at(1)), reduction_of(in, a.at(2)), to_float(in, a.at(3))));
  });
  F["huber_loss"] = make_native("huber_loss", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(huber_loss(in.to_tensor(a.at(0)), in.to_tensor(a.at(1)), reduction_of(in, a.at(2)), to_float(in, a.at(3))));
  });
  F["binary_cross_entropy"] = make_native("binary_cross_entropy", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(binary_cross_entropy(in.to_tensor(a.at(0)), in.to_tensor(a.at(1)), optional_tensor(in, a.at(2)),
                                        reduction_of(in, a.at(3))));
  });
  F["binary_cross_entropy_with_logits"] = make_native("binary_cross_entropy_with_logits", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(binary_cross_entropy_with_logits(in.to_tensor(a.at(0)), in.to_tensor(a.at(1)), optional_tensor(in, a.at(2)),
                                                    optional_tensor(in, a.at(3)), reduction_of(in, a.at(4))));
  });
  F["layer_norm"] = make_native("layer_norm", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(layer_norm(in.to_tensor(a.at(0)), to_shape(in, a.at(1)), optional_tensor(in, a.at(2)),
                              optional_tensor(in, a.at(3)), to_float(in, a.at(4))));
  });
  // batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)
  F["batch_norm"] = make_native("batch_norm", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(batch_norm(in.to_tensor(a.at(0)), optional_tensor(in, a.at(1)), optional_tensor(in, a.at(2)),
                              optional_tensor(in, a.at(3)), optional_tensor(in, a.at(4)), in.truthy(a.at(5)),
                              to_float(in, a.at(6)), to_float(in, a.at(7))));
  });
  F["embedding"] = make_native("embedding", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(embedding(in.to_tensor(a.at(1)), in.to_tensor(a.at(0)), to_int(in, a.at(2))));
  });
  // convolution(input, weight, bias, stride, padding, dilation, groups): pairs as tuples.
  F["convolution"] = make_native("convolution", [](Interpreter& in, Args& a, Kwargs&) {
    ConvParams p;
    p.stride = int_pair(in, a.at(3));
    p.padding = int_pair(in, a.at(4));
    p.dilation = int_pair(in, a.at(5));
    p.groups = to_int(in, a.at(6));
    return in.wrap(convolution(in.to_tensor(a.at(0)), in.to_tensor(a.at(1)), optional_tensor(in, a.at(2)), p));
  });
  // max_pool2d / avg_pool2d(input, kernel, stride, padding, dilation, ceil_mode[, count_include_pad, divisor])
  for (const char* name : {"max_pool2d", "avg_pool2d"}) {
    const bool is_max = std::string(name) == "max_pool2d";
    F[name] = make_native(name, [is_max](Interpreter& in, Args& a, Kwargs&) {
      PoolParams p;
      p.kernel = int_pair(in, a.at(1));
      p.stride = int_pair(in, a.at(2));
      p.padding = int_pair(in, a.at(3));
      p.dilation = int_pair(in, a.at(4));
      p.ceil_mode = in.truthy(a.at(5));
      Tensor x = in.to_tensor(a.at(0));
      if (is_max) return in.wrap(max_pool2d(x, p));
      return in.wrap(avg_pool2d(x, p, in.truthy(a.at(6)), a.at(7).is_none() ? 0 : to_int(in, a[7])));
    });
  }
  F["adaptive_avg_pool2d"] = make_native("adaptive_avg_pool2d", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(adaptive_avg_pool2d(in.to_tensor(a.at(0)), to_int(in, a.at(1)), to_int(in, a.at(2))));
  });
  F["constant_pad_nd"] = make_native("constant_pad_nd", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(constant_pad_nd(in.to_tensor(a.at(0)), to_shape(in, a.at(1)), to_float(in, a.at(2))));
  });
  F["_mul_scalar"] = make_native("_mul_scalar", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(mul_scalar(in.to_tensor(a.at(0)), to_scalar(in, a.at(1))));
  });
  F["_div_scalar"] = make_native("_div_scalar", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(div_scalar(in.to_tensor(a.at(0)), to_scalar(in, a.at(1))));
  });

  // torch.nn.Parameter(data=None, requires_grad=True): a leaf sharing data's storage, whose
  // class is Parameter; results of ops on it are plain Tensors, as in PyTorch.
  T().parameter->attrs["__new_native__"] = make_native("Parameter", [](Interpreter& in, Args& a, Kwargs& k) {
    a.erase(a.begin());  // the class
    ArgReader r(in, "Parameter", a, k);
    auto data = r.get(0, "data");
    auto rg = r.get(1, "requires_grad");
    r.done();
    Tensor t = data && !data->is_none() ? in.to_tensor(*data).detach() : empty({0});
    const bool requires_grad = !rg || in.truthy(*rg);
    if (requires_grad && !is_floating(t.dtype())) {
      in.raise("RuntimeError", "Only Tensors of floating point and complex dtype can require gradients");
    }
    t.set_requires_grad(requires_grad);
    return in.wrap_as(t, T().parameter.get());
  });
  F["Parameter"] = Value(T().parameter);
  // An instance's own attribute or None, without __getattr__: Module.__setattr__ and
  // __getattr__ ask for _parameters/_modules before __init__ may have made them.
  F["_own_attr"] = make_native("_own_attr", [](Interpreter& in, Args& a, Kwargs&) {
    auto* inst = a.at(0).as<InstanceObj>();
    auto* name = a.at(1).as<StrObj>();
    if (!inst || !name) return none();
    auto it = inst->attrs.find(name->value);
    return it == inst->attrs.end() ? none() : it->second;
  });
}

}  // namespace ag::interp
