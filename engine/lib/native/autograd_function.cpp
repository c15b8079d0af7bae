#include "lib/native/autograd_function.h"

#include "autograd/forward_ad.h"
#include "autograd/grad_mode.h"

namespace ag::interp {

namespace {

// What backward needs to know of each output: a tensor's shape and dtype (to materialize a
// missing gradient as zeros), or nothing for a non-tensor output (its gradient is None).
struct OutputInfo {
  bool is_tensor = false;
  Shape shape;
  DType dtype = DType::Float32;
};

class PyFunctionNode : public Node {
 public:
  PyFunctionNode(Interpreter& in, ClassRef cls, std::shared_ptr<FunctionCtxObj> ctx, std::vector<Shape> input_shapes,
                 std::vector<OutputInfo> outputs)
      : in_(in), cls_(std::move(cls)), ctx_(std::move(ctx)), input_shapes_(std::move(input_shapes)),
        outputs_(std::move(outputs)) {
    num_outputs = static_cast<uint32_t>(outputs_.size());
  }

  std::string name() const override { return cls_->name + "Backward"; }
  bool runs_without_gradients() const override { return true; }
  Value ctx() const { return Value(ctx_); }

  std::vector<Tensor> apply(std::vector<Tensor>&& grads) override {
    const Value* backward = cls_->lookup("backward");
    if (!backward) in_.raise("NotImplementedError", "You must implement the backward function for custom autograd.Function.");
    Value fn = *backward;
    if (auto* s = fn.as<StaticMethodObj>()) fn = s->func;
    // One argument per output of forward: its gradient; zeros where none arrived (None after
    // ctx.set_materialize_grads(False)); None for an output that was not a tensor.
    Args args{Value(ctx_)};
    for (size_t i = 0; i < outputs_.size(); ++i) {
      const OutputInfo& info = outputs_[i];
      const Tensor& g = i < grads.size() ? grads[i] : Tensor();
      if (g.defined()) args.push_back(in_.wrap(g));
      else if (info.is_tensor && ctx_->materialize_grads) args.push_back(in_.wrap(zeros(info.shape, info.dtype)));
      else args.push_back(none());
    }
    Value result = in_.call(fn, args);
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
    ctx_->saved.clear();
    for (SavedVariable& v : ctx_->saved_variables) v.release();
  }

 private:
  Interpreter& in_;
  ClassRef cls_;
  std::shared_ptr<FunctionCtxObj> ctx_;
  std::vector<Shape> input_shapes_;
  std::vector<OutputInfo> outputs_;
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

// Gives forward's outputs their node, as PyTorch's _wrap_outputs does: output i becomes output
// slot i of the node (a tuple's non-tensor items keep a slot, with gradient None); an output
// marked non-differentiable stays without history; a dirty input takes the node itself; an input
// returned as it is comes back as a new tensor with the node.
static Value attach_history(Interpreter& in, const ClassRef& cls, const std::shared_ptr<FunctionCtxObj>& ctx,
                            const Args& inputs, const Value& result) {
  const bool is_tuple = result.as<TupleObj>() != nullptr;
  std::vector<Value> outputs = is_tuple ? result.as<TupleObj>()->items : std::vector<Value>{result};
  auto marked = [](const std::vector<Value>& values, const Tensor& t) {
    for (const Value& v : values) {
      if (auto* m = v.as<TensorObj>(); m && m->tensor.impl() == t.impl()) return true;
    }
    return false;
  };
  auto is_input = [&inputs](const Tensor& t) {
    for (const Value& v : inputs) {
      if (auto* m = v.as<TensorObj>(); m && m->tensor.impl() == t.impl()) return true;
    }
    return false;
  };
  std::vector<OutputInfo> info(outputs.size());
  for (size_t i = 0; i < outputs.size(); ++i) {
    if (auto* t = outputs[i].as<TensorObj>()) info[i] = {true, t->tensor.shape(), t->tensor.dtype()};
  }
  std::vector<Shape> shapes;
  for (const Value& v : inputs) shapes.push_back(v.as<TensorObj>() ? v.as<TensorObj>()->tensor.shape() : Shape{});
  auto node = std::make_shared<PyFunctionNode>(in, cls, ctx, shapes, info);
  for (const Value& v : inputs) {
    auto* t = v.as<TensorObj>();
    node->mutable_next_edges().push_back(t ? gradient_edge(t->tensor) : Edge{});
  }
  bool first = true;
  std::vector<Value> wrapped = outputs;
  for (size_t i = 0; i < outputs.size(); ++i) {
    auto* obj = outputs[i].as<TensorObj>();
    if (!obj) continue;
    Tensor out = obj->tensor;
    if (first) {
      node->output_shape = out.shape();
      node->output_dtype = out.dtype();
      first = false;
    }
    if (marked(ctx->non_differentiable, out)) continue;  // no history: requires_grad False
    if (marked(ctx->dirty, out)) {
      if (out.is_leaf() && out.requires_grad()) {
        in.raise("RuntimeError", "a leaf Variable that requires grad has been used in an in-place operation.");
      }
      set_history(out, node, static_cast<uint32_t>(i));
      continue;
    }
    if (is_input(out)) {
      out = out.detach();
      wrapped[i] = in.wrap(out);
    }
    set_history(out, node, static_cast<uint32_t>(i));
  }
  // Saved tensors are held as autograd holds them from now on; an output among them without its
  // node (unpacked with it), so that ctx, node and output do not own each other.
  for (const Value& v : ctx->saved) {
    auto* t = v.as<TensorObj>();
    if (!t) {
      ctx->saved_variables.emplace_back();
      continue;
    }
    bool is_output = false;
    for (const Value& o : wrapped) {
      if (auto* m = o.as<TensorObj>(); m && m->tensor.impl() == t->tensor.impl()) is_output = true;
    }
    ctx->saved_variables.emplace_back(t->tensor, is_output);
  }
  ctx->saved.clear();
  ctx->saved_as_variables = true;
  ctx->node = node;
  // Only apply needs these; kept, a dirty input (which has the node) would own the node through
  // its ctx and the node the input: a cycle nothing frees.
  ctx->dirty.clear();
  ctx->non_differentiable.clear();
  ctx->saved_for_forward.clear();
  if (!is_tuple) return wrapped[0];
  return make_tuple(std::move(wrapped));
}

bool is_python_function_node(const Node& node) { return dynamic_cast<const PyFunctionNode*>(&node) != nullptr; }

Value python_function_ctx(const Node& node) {
  auto* fn = dynamic_cast<const PyFunctionNode*>(&node);
  return fn ? fn->ctx() : none();
}

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
  return attach_history(in, cls, ctx, inputs, result);
}

}  // namespace ag::interp
