// Forward-mode AD (torch.autograd.forward_ad): inside a dual level a tensor may carry a tangent,
// and every differentiable op gives its result the tangent J t (the Jacobian-vector product).
//
// The tangent of an op is derived from the op's row in the derivatives table, so no op needs a
// second formula: the backward formula is applied to a stand-in gradient u that requires grad,
// which records g(u) = J^T u, and one backward pass of sum_i <g_i(u), t_i> with respect to u
// gives J t — the "double-backward trick" that torch.autograd.functional.jvp also uses. For the
// elementwise and linear ops that make up most of the table this evaluates the same expression
// PyTorch's forward formulas do (PyTorch itself derives most of them from the backward formula:
// auto_element_wise, auto_linear).
//
// As in PyTorch 1.13 only one level exists at a time; leaving it clears every tangent.
#pragma once

#include <optional>
#include <utility>

#include "tensor/tensor.h"

namespace ag {

enum class Op;
struct OpAttrs;

namespace forward_ad {

// True inside a dual level. Everything below costs one branch when this is false.
bool is_active();
// torch._C._enter_dual_level / _exit_dual_level: the level's number (always 0).
int64_t enter_level();
void exit_level(int64_t level);
// Leaves the level if one is open (a session starting afresh).
void leave_any_level();

// Switches forward AD off for a scope (a custom Function's forward, which PyTorch runs
// without it: its jvp gives the tangents).
class SuspendGuard {
 public:
  SuspendGuard();
  ~SuspendGuard();
  SuspendGuard(const SuspendGuard&) = delete;
  SuspendGuard& operator=(const SuspendGuard&) = delete;

 private:
  bool previous_;
};

// PyTorch's checks for a tangent given to make_dual or returned by a custom jvp.
void check_tangent(const Tensor& primal, const Tensor& tangent);

// The tangent of t at the current level (undefined if none).
Tensor tangent(const Tensor& t);
bool has_tangent(const Tensor& t);
// Attaches `tangent` to t (registered so that leaving the level clears it).
void set_tangent(const Tensor& t, const Tensor& tangent);

// torch._VF._make_dual: a view of primal carrying tangent. Checks as PyTorch does.
Tensor make_dual(const Tensor& primal, const Tensor& tangent, int64_t level);
// torch._VF._unpack_dual: (a view of the primal without tangent, the tangent or undefined).
std::pair<Tensor, Tensor> unpack_dual(const Tensor& t, int64_t level);

// Called by record() for every op: gives `result` its tangent when an input has one.
void propagate(Op op, const std::vector<Tensor>& inputs, const Tensor& result, const OpAttrs& attrs);
// The same for an op with several results (record_outputs).
void propagate_outputs(Op op, const std::vector<Tensor>& inputs, const std::vector<Tensor>& results,
                       const OpAttrs& attrs);

// In-place ops: after `self` was overwritten with `value` (computed out of place from inputs
// that carried their tangents), self takes value's tangent. Writing into a view also writes
// the tangent into the view's base's tangent (zeros where the base had none).
void take_tangent(const Tensor& self, const Tensor& value);

// A stand-in for an in-place op's out-of-place computation: t's values without its history,
// with its tangent.
Tensor detach_keep_tangent(const Tensor& t);

}  // namespace forward_ad
}  // namespace ag
