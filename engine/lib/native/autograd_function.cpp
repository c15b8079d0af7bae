#include "lib/native/autograd_function.h"

#include "autograd/forward_ad.h"
#include "autograd/grad_mode.h"

namespace ag::interp {

namespace {

class PyFunctionNode : public Node {
 public:
  PyFunctionNode(Interpreter& in, ClassRef cls, Value ctx, std::vector<Shape> input_shapes)
      : in_(in), cls_(std::move(cls)), ctx_(std::move(ctx)), input_shapes_(std::move(input_shapes)) {}

  std::string name() const override { return cls_->name + "Backward"; }

  std::vector<Tensor> apply(std::vector<Tensor>&& grads) override {
    const Value* backward = cls_->lookup("backward");
    if (!backward) in_.raise("NotImplementedError", "You must implement the backward function for custom autograd.Function.");
    Value fn = *backward;
    if (auto* s = fn.as<StaticMethodObj>()) fn = s->func;
    Value result = in_.call(fn, {ctx_, in_.wrap(grads[0])});
    std::vector<Value> values = result.as<TupleObj>() ? result.as<TupleObj>()->items : std::vector<Value>{result};
    if (values.size() != next_edges_.size()) {
      in_.raise("RuntimeError", "function " + name() + " returned an incorrect number of gradients (expected " +
                                    std::to_string(next_edges_.size()) + ", got " + std::to_string(values.size()) + ")");
    }
    std::vector<Tensor> out(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i].is_none() || !next_edges_[i].is_valid()) continue;
      Tensor g = in_.to_tensor(values[i], "gradient");
      if (g.shape() != input_shapes_[i]) {
        if (shape_numel(g.shape()) != shape_numel(input_shapes_[i])) {
          in_.raise("RuntimeError", "Function " + name() + " returned an invalid gradient at index " + std::to_string(i) +
                                        " - got " + shape_str(g.shape()) + " but expected shape compatible with " +
                                        shape_str(input_shapes_[i]));
        }
        g = reshape(g, input_shapes_[i]);
      }
      out[i] = g;
    }
    return out;
  }

  void release_saved() override {
    if (auto* ctx = ctx_.as<FunctionCtxObj>()) ctx->saved.clear();
  }

 private:
  Interpreter& in_;
  ClassRef cls_;
  Value ctx_;
  std::vector<Shape> input_shapes_;
};

}  // namespace

// Forward mode through a custom Function: jvp(ctx, *tangents) gives the output's tangent. It
// gets one tangent per input (zeros for a tensor without one, None for a non-tensor), and sees
// what forward passed to ctx.save_for_forward as ctx.saved_tensors.
static void apply_jvp(Interpreter& in, const ClassObj& cls, const std::shared_ptr<FunctionCtxObj>& ctx,
               const Args& inputs, const Value& result) {
  const Value* jvp = cls.lookup("jvp");
  if (!jvp || jvp->as<NativeFunctionObj>()) {
    in.raise("NotImplementedError", "You must implement the jvp function for custom autograd.Function to use it with forward mode AD.");
  }
  Value fn = *jvp;
  if (auto* s = fn.as<StaticMethodObj>()) fn = s->func;
  Args args{Value(ctx)};
  for (const Value& v : inputs) {
    auto* t = v.as<TensorObj>();
    if (!t) {
      args.push_back(none());
      continue;
    }
    Tensor tangent = forward_ad::tangent(t->tensor);
    args.push_back(in.wrap(tangent.defined() ? tangent : zeros_like(t->tensor)));
  }
  ctx->in_jvp = true;
  Value tangents;
  try {
    forward_ad::SuspendGuard no_forward_ad;  // jvp computes tangents from plain values
    tangents = in.call(fn, args);
  } catch (...) {
    ctx->in_jvp = false;
    throw;
  }
  ctx->in_jvp = false;
  std::vector<Value> outputs = result.as<TupleObj>() ? result.as<TupleObj>()->items : std::vector<Value>{result};
  std::vector<Value> given = tangents.as<TupleObj>() ? tangents.as<TupleObj>()->items : std::vector<Value>{tangents};
  if (given.size() != outputs.size()) {
    in.raise("RuntimeError", "Function's jvp returned an invalid number of forward gradients (expected " +
                                 std::to_string(outputs.size()) + " but got " + std::to_string(given.size()) + ")");
  }
  for (size_t i = 0; i < outputs.size(); ++i) {
    auto* out = outputs[i].as<TensorObj>();
    if (!out || given[i].is_none()) continue;
    auto* t = given[i].as<TensorObj>();
    if (!t) {
      in.raise("RuntimeError", "expected Variable or None (got " + in.type_of(given[i])->name + ") for grad output " +
                                   std::to_string(i) + ".");
    }
    forward_ad::check_tangent(out->tensor, t->tensor);
    forward_ad::set_tangent(out->tensor, t->tensor);
  }
}

bool is_python_function_node(const Node& node) { return dynamic_cast<const PyFunctionNode*>(&node) != nullptr; }

Value autograd_function_apply(Interpreter& in, Args& args, Kwargs& kwargs) {
  auto cls = std::static_pointer_cast<ClassObj>(args.at(0).obj());
  Args inputs(args.begin() + 1, args.end());
  auto ctx = std::make_shared<FunctionCtxObj>();
  bool any_requires_grad = false;
  for (const Value& v : inputs) {
    auto* t = v.as<TensorObj>();
    const bool needs = t && t->tensor.requires_grad();
    ctx->needs_input_grad.push_back(needs);
    any_requires_grad = any_requires_grad || needs;
  }
  const Value* forward = cls->lookup("forward");
  if (!forward) in.raise("NotImplementedError", "You must implement the forward function for custom autograd.Function.");
  Value fn = *forward;
  if (auto* s = fn.as<StaticMethodObj>()) fn = s->func;
  Args forward_args = inputs;
  forward_args.insert(forward_args.begin(), Value(ctx));
  bool any_dual = false;
  for (const Value& v : inputs) {
    if (auto* t = v.as<TensorObj>(); t && forward_ad::has_tangent(t->tensor)) any_dual = true;
  }
  Value result;
  {
    GradModeGuard no_grad(false);
    forward_ad::SuspendGuard no_forward_ad;  // the tangents come from jvp, below
    result = in.call(fn, forward_args, kwargs);
  }
  if (any_dual) apply_jvp(in, *cls, ctx, inputs, result);
  if (!any_requires_grad || !GradMode::is_enabled()) return result;
  auto* out_obj = result.as<TensorObj>();
  if (!out_obj) in.raise("NotImplementedError", "custom Functions returning several outputs are not supported in the playground");
  Tensor out = out_obj->tensor;
  auto marked = [&out](const std::vector<Value>& values) {
    for (const Value& v : values) {
      if (auto* t = v.as<TensorObj>(); t && t->tensor.impl() == out.impl()) return true;
    }
    return false;
  };
  if (marked(ctx->non_differentiable)) return result;  // no history: requires_grad False
  // An input modified in place (ctx.mark_dirty) takes the node itself, as PyTorch rebases it;
  // any other input returned as is is a new tensor with the node.
  const bool dirty = marked(ctx->dirty);
  // Only apply needs these; kept, a dirty input (which gets the node below) would own the node
  // through its ctx and the node the input: a cycle nothing frees.
  ctx->dirty.clear();
  ctx->non_differentiable.clear();
  ctx->saved_for_forward.clear();
  if (dirty && out.is_leaf() && out.requires_grad()) {
    in.raise("RuntimeError", "a leaf Variable that requires grad has been used in an in-place operation.");
  }
  if (!dirty) {
    for (const Value& v : inputs) {
      if (auto* t = v.as<TensorObj>(); t && t->tensor.impl() == out.impl()) out = out.detach();
    }
  }
  std::vector<Shape> shapes;
  for (const Value& v : inputs) shapes.push_back(v.as<TensorObj>() ? v.as<TensorObj>()->tensor.shape() : Shape{});
  auto node = std::make_shared<PyFunctionNode>(in, cls, Value(ctx), shapes);
  for (const Value& v : inputs) {
    auto* t = v.as<TensorObj>();
    node->mutable_next_edges().push_back(t ? gradient_edge(t->tensor) : Edge{});
  }
  node->output_shape = out.shape();
  node->output_dtype = out.dtype();
  out.impl()->grad_fn = node;
  out.impl()->requires_grad = false;
  return dirty ? result : in.wrap(out);
}

}  // namespace ag::interp
