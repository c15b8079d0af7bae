#include "autograd/saved_variable.h"

#include "autograd/anomaly_mode.h"
#include "autograd/node.h"

namespace ag {

namespace {
const char* kModifiedInplace =
    "one of the variables needed for gradient computation has been modified by an inplace "
    "operation: [";
const char* kAnomalyHint =
    " Hint: enable anomaly detection to find the operation that failed to compute its gradient, "
    "with torch.autograd.set_detect_anomaly(True).";
const char* kAnomalyOnHint =
    " Hint: the backtrace further above shows the operation that failed to compute its gradient. The "
    "variable in question was changed in there or anywhere later. Good luck!";
const char* kSecondBackward =
    "Trying to backward through the graph a second time (or directly access saved tensors after "
    "they have already been freed). Saved intermediate values of the graph are freed when you call "
    ".backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the "
    "graph a second time or if you need to access saved tensors after calling backward.";
}  // namespace

namespace {
std::vector<PackHook> hook_stack;
bool bypass_hooks = false;
}  // namespace

void SavedTensorHooks::push(PackHook pack) { hook_stack.push_back(std::move(pack)); }
void SavedTensorHooks::pop() {
  if (!hook_stack.empty()) hook_stack.pop_back();
}
void SavedTensorHooks::clear() { hook_stack.clear(); }
SavedTensorHooks::Bypass::Bypass() : previous(bypass_hooks) { bypass_hooks = true; }
SavedTensorHooks::Bypass::~Bypass() { bypass_hooks = previous; }

SavedVariable::SavedVariable(const Tensor& t, bool is_output) {
  if (!t.defined()) return;
  if (t.is_inference() && !InferenceMode::is_enabled()) {
    runtime_error("Inference tensors cannot be saved for backward. To work around you can make a clone to get a "
                  "normal tensor and use it in autograd.");
  }
  saved_ = true;
  is_output_ = is_output;
  requires_grad_ = t.requires_grad();
  saved_version_ = t.version();
  output_nr_ = t.impl()->output_nr;
  if (!hook_stack.empty() && !bypass_hooks) {
    // The innermost hooks pack it; the version check does not apply to what they return. A
    // node's own output is packed without its history: what pack keeps must not own the node
    // (there is no cycle collector to free them), so pack sees grad_fn None there, unlike PyTorch.
    PackHook pack = hook_stack.back();
    packed_ = pack(is_output ? t.detach() : t);
    return;
  }
  // An output keeps no reference to its own grad_fn (that would be a cycle); unpack restores it.
  data_ = is_output ? t.detach() : t;
}

void SavedVariable::become_output() {
  if (!saved_ || released_ || is_output_) return;
  is_output_ = true;
  output_nr_ = 0;  // in-place ops have one output
  if (packed_) return;
  data_ = data_.detach();
}

void SavedVariable::release() {
  if (!saved_) return;
  released_ = true;
  data_ = Tensor();
  packed_.reset();
}

Tensor SavedVariable::unpack(const std::shared_ptr<Node>& owner) const {
  if (!saved_) return Tensor();
  if (released_) runtime_error(kSecondBackward);
  if (packed_) {
    Tensor t = packed_->unpack();
    if (!is_output_ || !requires_grad_) return t;
    Tensor with_history = t.detach();
    set_history(with_history, owner, output_nr_);
    return with_history;
  }
  if (data_.version() != saved_version_) {
    std::string message = kModifiedInplace;
    message += std::string(legacy_type_name(data_.dtype())) + " " + shape_str(data_.shape()) + "]";
    std::shared_ptr<Node> producer = is_output_ ? owner : data_.grad_fn();
    const uint32_t output_nr = is_output_ ? output_nr_ : data_.impl()->output_nr;
    if (producer) message += ", which is output " + std::to_string(output_nr) + " of " + producer->name() + ",";
    message += " is at version " + std::to_string(data_.version()) + "; expected version " +
               std::to_string(saved_version_) + " instead." +
               (AnomalyMode::is_enabled() ? kAnomalyOnHint : kAnomalyHint);
    runtime_error(message);
  }
  if (!is_output_) return data_;
  Tensor t = data_.detach();
  if (requires_grad_) set_history(t, owner, output_nr_);
  return t;
}

}  // namespace ag
