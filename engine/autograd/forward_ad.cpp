#include "autograd/forward_ad.h"

#include <memory>
#include <vector>

#include "autograd/backward.h"
#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "autograd/saved_variable.h"
#include "ops/ops.h"
#include "ops/raw.h"
#include "tensor/error.h"

namespace ag::forward_ad {

namespace {

bool g_active = false;
bool g_suspended = false;  // inside a custom Function's forward
// Tensors given a tangent inside the level, so that leaving it can clear them.
std::vector<std::weak_ptr<TensorImpl>> g_dual_tensors;
// Set while a tangent is being computed: the ops that compute it must not propagate themselves.
bool g_computing = false;

struct ComputingGuard {
  ComputingGuard() { g_computing = true; }
  ~ComputingGuard() { g_computing = false; }
};

// unpack_dual's primal of a tensor that requires grad: an alias whose node passes the gradient
// through unchanged, named as PyTorch names it.
class IdentityNode : public Node {
 public:
  explicit IdentityNode(const Tensor& input) {
    next_edges_.push_back(gradient_edge(input));
    output_shape = input.shape();
    output_dtype = input.dtype();
  }
  std::string name() const override { return "Identity"; }
  std::vector<Tensor> apply(std::vector<Tensor>&& grads) override { return {grads[0]}; }
};

void check_level(int64_t level, const char* fn) {
  if (!g_active || level != 0) runtime_error(std::string("Invalid level given to ") + fn);
}

}  // namespace

bool is_active() { return g_active && !g_suspended; }

SuspendGuard::SuspendGuard() : previous_(g_suspended) { g_suspended = true; }
SuspendGuard::~SuspendGuard() { g_suspended = previous_; }

int64_t enter_level() {
  if (g_active) runtime_error("Nested forward mode AD is not supported at the moment");
  g_active = true;
  return 0;
}

void exit_level(int64_t level) {
  if (level < 0) runtime_error("Dual level must be a positive number.");
  if (!g_active || level != 0) {
    runtime_error("Trying to exit a forward AD level that was not the last one that was created. "
                  "This is not supported.");
  }
  for (const auto& weak : g_dual_tensors) {
    if (auto impl = weak.lock()) impl->tangent.reset();
  }
  g_dual_tensors.clear();
  g_active = false;
}

void leave_any_level() {
  if (g_active) exit_level(0);
}

Tensor tangent(const Tensor& t) {
  if (!is_active() || !t.defined()) return Tensor();
  return Tensor(t.impl()->tangent);
}

bool has_tangent(const Tensor& t) { return is_active() && t.defined() && t.impl()->tangent != nullptr; }

void set_tangent(const Tensor& t, const Tensor& value) {
  if (!is_active()) return;
  if (!t.impl()->tangent) g_dual_tensors.push_back(t.impl_ptr());
  t.impl()->tangent = value.defined() ? value.impl_ptr() : nullptr;
}

void check_tangent(const Tensor& primal, const Tensor& tangent_value) {
  if (tangent_value.shape() != primal.shape()) {
    runtime_error("Trying to set a forward gradient that has a different size than that of the "
                  "original Tensor, this is not supported. Tensor is of size " +
                  shape_str(primal.shape()) + " while the given forward gradient is of size " +
                  shape_str(tangent_value.shape()) + ".");
  }
  if (has_tangent(tangent_value)) {
    runtime_error("Setting a forward grad that itself has a forward gradient at the same level0 is "
                  "not supported.");  // sic: PyTorch 1.13's text
  }
}

Tensor make_dual(const Tensor& primal, const Tensor& tangent_value, int64_t level) {
  check_level(level, "_make_dual");
  if (has_tangent(primal)) {
    runtime_error("Making a dual Tensor based on a Tensor that already has a forward gradient at "
                  "the same level " + std::to_string(level) + " is not supported.");
  }
  check_tangent(primal, tangent_value);
  Tensor dual = view(primal, primal.shape());
  // The tangent is kept as given when its layout matches the primal's, else copied (PyTorch).
  const bool same_layout = tangent_value.strides() == primal.strides() || primal.numel() <= 1;
  set_tangent(dual, same_layout ? tangent_value : raw::contiguous_copy(tangent_value.detach()));
  return dual;
}

std::pair<Tensor, Tensor> unpack_dual(const Tensor& t, int64_t level) {
  Tensor primal = t.detach();
  if (level != 0) return {primal, Tensor()};  // another level: nothing there (PyTorch: no error)
  if (GradMode::is_enabled() && t.requires_grad()) set_history(primal, std::make_shared<IdentityNode>(t));
  return {primal, tangent(t)};
}

Tensor detach_keep_tangent(const Tensor& t) {
  Tensor d = t.detach();
  if (has_tangent(t)) d.impl()->tangent = t.impl()->tangent;  // not registered: d is temporary
  return d;
}

// The view of `base_tangent` that `view` is of `base`: same shape, strides and relative offset
// (callers check that the tangent is laid out like its primal).
static Tensor same_view_of_tangent(const Tensor& base_tangent, const Tensor& base, const Tensor& view) {
  return raw::make_view(base_tangent, view.shape(), view.strides(),
                        view.offset() - base.offset() + base_tangent.offset());
}

// J t for each output of an op, by the double-backward trick on its backward formula: with
// u standing for the outputs' gradients, the formula gives g(u) = J^T u for each input; J t is
// then the gradient of <g(u), t> with respect to u.
// When an input requires grad, so does the tangent, as in PyTorch (reverse-over-forward):
// the formula then runs on the inputs themselves and the product is recorded.
static std::vector<Tensor> tangents_from_backward(const Derivative& def, const std::vector<Tensor>& inputs,
                                                  const std::vector<Tensor>& results, const OpAttrs& attrs,
                                                  bool differentiable) {
  GradModeGuard grad_on(true);
  // Stand-ins for the inputs: the same values without history, except that inputs with a
  // tangent must want a gradient, so that the formula computes (and records) theirs.
  std::vector<Tensor> stand_ins;
  stand_ins.reserve(inputs.size());
  for (const Tensor& in : inputs) {
    if (!in.defined() || (differentiable && in.requires_grad())) {
      stand_ins.push_back(in);
      continue;
    }
    Tensor s = in.detach();
    if (has_tangent(in) && is_floating(in.dtype())) s.impl()->requires_grad = true;
    stand_ins.push_back(s);
  }
  auto node = std::make_shared<FunctionNode>(def, stand_ins, attrs);
  for (size_t i = 0; i < stand_ins.size(); ++i) {
    if (def.saved_inputs & (1u << i)) node->save_input(i, stand_ins[i]);
  }
  node->num_outputs = static_cast<uint32_t>(results.size());
  node->output_shape = results[0].shape();
  node->output_dtype = results[0].dtype();
  std::vector<Tensor> us;
  for (size_t k = 0; k < results.size(); ++k) {
    const Tensor& result = results[k];
    if (def.saves_result) {
      if (differentiable) node->save_result_at(k, result, /*is_output=*/false);
      else node->save_result_at(k, result.detach());
    }
    Tensor u = zeros(result.shape(), result.dtype());
    u.impl()->requires_grad = true;
    us.push_back(u);
  }
  std::vector<Tensor> grads = node->apply(std::vector<Tensor>(us));

  std::vector<Tensor> outputs, seeds;
  for (size_t i = 0; i < inputs.size() && i < grads.size(); ++i) {
    if (!has_tangent(inputs[i]) || !grads[i].defined() || !grads[i].requires_grad()) continue;
    outputs.push_back(grads[i]);
    seeds.push_back(to_dtype(tangent(inputs[i]), grads[i].dtype()));
  }
  std::vector<Tensor> jts(results.size());
  if (!outputs.empty()) jts = grad(outputs, us, seeds, differentiable, differentiable, /*allow_unused=*/true);
  for (size_t k = 0; k < results.size(); ++k) {
    if (!jts[k].defined()) jts[k] = zeros(results[k].shape(), results[k].dtype());
  }
  return jts;
}

void propagate_outputs(Op op, const std::vector<Tensor>& inputs, const std::vector<Tensor>& results,
                       const OpAttrs& attrs) {
  if (g_computing || InferenceMode::is_enabled()) return;
  bool any = false;
  for (const Tensor& in : inputs) any = any || has_tangent(in);
  if (!any) return;
  ComputingGuard computing;
  SavedTensorHooks::Bypass plain_saves;
  const bool differentiable = GradMode::is_enabled() && any_requires_grad(inputs);
  std::vector<Tensor> jts = tangents_from_backward(derivative_of(op), inputs, results, attrs, differentiable);
  for (size_t k = 0; k < results.size(); ++k) {
    if (!results[k].defined() || !is_floating(results[k].dtype())) continue;
    Tensor jt = jts[k].dtype() != results[k].dtype() ? to_dtype(jts[k], results[k].dtype()) : jts[k];
    set_tangent(results[k], differentiable ? jt : jt.detach());
  }
}

void propagate(Op op, const std::vector<Tensor>& inputs, const Tensor& result, const OpAttrs& attrs) {
  // (Inference mode drops tangents, as PyTorch's does.)
  if (g_computing || !result.defined() || !is_floating(result.dtype()) || InferenceMode::is_enabled()) return;
  bool any = false;
  for (const Tensor& in : inputs) any = any || has_tangent(in);
  if (!any) return;

  // A view's tangent is the same view of its input's tangent (so that writing through either
  // is seen by both), when the tangent is laid out like the input.
  for (const Tensor& in : inputs) {
    if (!has_tangent(in) || in.impl()->storage != result.impl()->storage) continue;
    Tensor t = tangent(in);
    // (A tangent with history gets its view below, recorded, so that the history goes on.)
    if ((t.strides() != in.strides() && in.numel() > 1) || t.requires_grad()) break;
    set_tangent(result, same_view_of_tangent(t, in, result));
    return;
  }

  ComputingGuard computing;
  SavedTensorHooks::Bypass plain_saves;  // the stand-in node's saves are not the program's
  const Derivative& row = derivative_of(op);
  if (row.forward) {
    std::vector<Tensor> tangents;
    for (const Tensor& in : inputs) tangents.push_back(tangent(in));
    GradModeGuard grad_mode(GradMode::is_enabled() && any_requires_grad(inputs));
    Tensor jt = row.forward(inputs, tangents, attrs, result);
    set_tangent(result, jt.defined() ? jt : zeros(result.shape(), result.dtype()));
    return;
  }
  const bool differentiable = GradMode::is_enabled() && any_requires_grad(inputs);
  Tensor jt = tangents_from_backward(row, inputs, {result}, attrs, differentiable)[0];
  if (jt.dtype() != result.dtype()) jt = to_dtype(jt, result.dtype());
  // The backward pass may hand an input's tangent through as it is (clone, a view's backward):
  // the result must own its tangent, or an in-place op on it would change the input's.
  // (A view op's result may share it: the tangent of a view is a view of the tangent.)
  for (const Tensor& in : inputs) {
    if (!has_tangent(in) || tangent(in).impl()->storage != jt.impl()->storage) continue;
    if (in.impl()->storage == result.impl()->storage) break;
    jt = jt.requires_grad() ? clone(jt) : raw::contiguous_copy(jt);
    break;
  }
  set_tangent(result, differentiable ? jt : jt.detach());
}

void take_tangent(const Tensor& self, const Tensor& value) {
  if (!is_active()) return;
  NoGradGuard no_grad;
  Tensor t = tangent(value);
  if (!t.defined()) {
    // Overwritten by values without a tangent: what was written has tangent zero.
    if (has_tangent(self)) raw::copy_into(tangent(self), zeros({}, tangent(self).dtype()));
    return;
  }
  // The tangent is updated in place, as PyTorch does (a view's tangent is a view of its base's,
  // and the user's tangent given to make_dual changes too).
  if (has_tangent(self) && tangent(self).shape() == self.shape()) {
    raw::copy_into(tangent(self), t.detach());
    return;
  }
  if (const auto& base_impl = self.impl()->view_base) {
    // A view of a tensor without a tangent: the base gets one, zero outside the view.
    Tensor base(base_impl);
    if (!has_tangent(base)) set_tangent(base, zeros(base.shape(), t.dtype()));
    Tensor base_t = tangent(base);
    if (base.is_contiguous() && base_t.is_contiguous() && base.offset() == 0 && base_t.offset() == 0) {
      Tensor target = same_view_of_tangent(base_t, base, self);
      raw::copy_into(target, t.detach());
      set_tangent(self, target);
      return;
    }
  }
  set_tangent(self, zeros(self.shape(), t.dtype()));
  raw::copy_into(tangent(self), t.detach());
}

}  // namespace ag::forward_ad
