#include "tensor/tensor.h"

#include <new>
#include <sstream>

#include "autograd/node.h"
#include "tensor/narrow.h"

namespace ag {

namespace {
thread_local int64_t memory_cap = int64_t{4} << 30;
thread_local int64_t memory_used = 0;
}  // namespace

void set_memory_limit(int64_t bytes) { memory_cap = bytes; }
int64_t memory_limit() { return memory_cap; }
int64_t memory_in_use() { return memory_used; }

namespace {
bool inference_mode = false;
}  // namespace

bool InferenceMode::is_enabled() { return inference_mode; }
void InferenceMode::set_enabled(bool enabled) { inference_mode = enabled; }

Storage::Storage(int64_t numel, DType dtype, bool zeroed)
    : dtype_(dtype), inference_(inference_mode), numel_(numel) {
  // Narrow dtypes are stored widened (tensor/dtype.h); the error quotes PyTorch's own size.
  const int64_t nbytes = numel * static_cast<int64_t>(dtype_size(storage_dtype(dtype)));
  const int64_t words = (nbytes + 7) / 8;
  if (nbytes > memory_cap - memory_used) bytes_.reset();
  else if (zeroed) bytes_.reset(new (std::nothrow) double[words > 0 ? words : 1]());
  else bytes_.reset(new (std::nothrow) double[words > 0 ? words : 1]);
  if (!bytes_) {
    runtime_error("[enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: "
                  "you tried to allocate " + std::to_string(numel * static_cast<int64_t>(dtype_size(dtype))) + " bytes. Error code 12 (Cannot allocate memory)");
  }
  nbytes_ = nbytes;
  memory_used += nbytes;
}

Storage::~Storage() { memory_used -= nbytes_; }

Strides contiguous_strides(const Shape& shape) {
  Strides strides(shape.size());
  int64_t stride = 1;
  for (size_t i = shape.size(); i-- > 0;) {
    strides[i] = stride;
    stride *= shape[i] > 0 ? shape[i] : 1;
  }
  return strides;
}

int64_t shape_numel(const Shape& shape) {
  int64_t n = 1;
  for (int64_t s : shape) n *= s;
  return n;
}

int64_t wrap_dim(int64_t dim, int64_t ndim) {
  const int64_t lo = ndim > 0 ? -ndim : -1, hi = ndim > 0 ? ndim - 1 : 0;
  if (dim < lo || dim > hi) {
    index_error("Dimension out of range (expected to be in range of [" + std::to_string(lo) + ", " +
                std::to_string(hi) + "], but got " + std::to_string(dim) + ")");
  }
  return dim < 0 ? dim + (ndim > 0 ? ndim : 1) : dim;
}

std::string shape_str(const Shape& shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i) {
    if (i) s += ", ";
    s += std::to_string(shape[i]);
  }
  return s + "]";
}

std::string size_str(const Shape& shape) { return "torch.Size(" + shape_str(shape) + ")"; }

Tensor Tensor::empty(const Shape& shape, DType dtype) { return make(shape, dtype, true); }

Tensor Tensor::uninitialized(const Shape& shape, DType dtype) { return make(shape, dtype, false); }

Tensor Tensor::make(const Shape& shape, DType dtype, bool zeroed) {
  for (int64_t s : shape) {
    if (s < 0) {
      runtime_error("Trying to create tensor with negative dimension " + std::to_string(s) + ": " +
                    shape_str(shape));
    }
  }
  auto impl = std::make_shared<TensorImpl>();
  impl->storage = std::make_shared<Storage>(shape_numel(shape), dtype, zeroed);
  impl->version = std::make_shared<VersionCounter>();
  impl->shape = shape;
  impl->strides = contiguous_strides(shape);
  return Tensor(std::move(impl));
}

Tensor Tensor::scalar(const Scalar& s, DType dtype) {
  Tensor t = empty({}, dtype);
  dispatch_dtype(dtype, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same_v<T, int64_t>) {
      *t.data_ptr<T>() = s.is_float() ? float_to_integer(s.f, dtype) : wrap_integer(s.i, dtype);
    } else {
      *t.data_ptr<T>() = value_cast<T>(s.f);
    }
  });
  narrow_contiguous(t);  // float16/bfloat16 rounding
  return t;
}

Tensor Tensor::wrap_scalar(const Scalar& s) {
  // PyTorch wraps Python floats as double, ints as int64; promotion treats them specially.
  DType d = s.is_float() ? DType::Float64 : s.is_int() ? DType::Int64 : DType::Bool;
  Tensor t = scalar(s, d);
  t.impl()->is_wrapped_number = true;
  return t;
}

int64_t Tensor::size(int64_t d) const { return impl_->shape[wrap_dim(d, dim())]; }

int64_t Tensor::numel() const { return shape_numel(impl_->shape); }

bool Tensor::is_contiguous() const {
  int64_t expected = 1;
  for (size_t i = impl_->shape.size(); i-- > 0;) {
    if (impl_->shape[i] == 1) continue;
    if (impl_->strides[i] != expected) return false;
    expected *= impl_->shape[i];
  }
  return true;
}

void Tensor::bump_version() const {
  if (is_inference() && !InferenceMode::is_enabled()) {
    runtime_error("Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to "
                  "get a normal tensor before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for "
                  "more details.");  // sic: no spaces after the full stops
  }
  impl_->version->value++;
}

void Tensor::set_requires_grad(bool value) {
  if (value && is_inference() && !InferenceMode::is_enabled()) {
    runtime_error("Setting requires_grad=True on inference tensor outside InferenceMode is not allowed.");
  }
  if (!is_leaf()) {
    if (value) return;
    runtime_error(
        "you can only change requires_grad flags of leaf variables. If you want to use a computed "
        "variable in a subgraph that doesn't require differentiation use var_no_grad = "
        "var.detach().");
  }
  if (value && !is_floating(dtype())) {
    runtime_error("only Tensors of floating point dtype can require gradients");
  }
  impl_->requires_grad = value;
}

void Tensor::retain_grad() {
  if (!requires_grad()) {
    runtime_error("can't retain_grad on Tensor that has requires_grad=False");
  }
  if (is_leaf()) return;  // leaves keep their grad anyway
  if (impl_->retains_grad) return;
  impl_->retains_grad = true;
  if (impl_->hooks.empty()) impl_->grad_fn->add_retained_tensor(impl_);
}

size_t Tensor::register_hook(std::function<Tensor(const Tensor&)> hook) {
  if (!requires_grad()) {
    runtime_error("cannot register a hook on a tensor that doesn't require gradient");
  }
  impl_->hooks.push_back(std::move(hook));
  if (!is_leaf() && !impl_->retains_grad) {
    // The node producing this tensor calls the hooks with its incoming gradient.
    auto& list = impl_->grad_fn->retained_tensors();
    bool listed = false;
    for (const auto& w : list) listed = listed || w.lock() == impl_;
    if (!listed) impl_->grad_fn->add_retained_tensor(impl_);
  }
  return impl_->hooks.size() - 1;
}

void Tensor::remove_hook(size_t index) {
  if (index < impl_->hooks.size()) impl_->hooks[index] = nullptr;
}

void Tensor::element_type_mismatch(DType asked) const {
  runtime_error(std::string("internal error: a ") + dtype_name(dtype()) + " tensor was read as " + dtype_name(asked) +
                " elements; please report this cell");
}

Tensor Tensor::detach() const {
  auto impl = std::make_shared<TensorImpl>();
  impl->storage = impl_->storage;
  impl->version = impl_->version;
  impl->shape = impl_->shape;
  impl->strides = impl_->strides;
  impl->offset = impl_->offset;
  impl->is_wrapped_number = impl_->is_wrapped_number;  // a Python number stays one (type promotion)
  return Tensor(std::move(impl));
}

Tensor Tensor::data() const {
  Tensor t = detach();
  t.impl()->version = std::make_shared<VersionCounter>();
  return t;
}

int64_t Tensor::storage_index(int64_t index) const {
  int64_t pos = impl_->offset;
  const auto& shape = impl_->shape;
  for (size_t i = shape.size(); i-- > 0;) {
    const int64_t s = shape[i];
    pos += (index % s) * impl_->strides[i];
    index /= s;
  }
  return pos;
}

double Tensor::flat_get(int64_t index) const {
  const int64_t pos = storage_index(index);
  return dispatch_dtype(dtype(), [&](auto tag) -> double {
    using T = decltype(tag);
    return static_cast<double>(static_cast<const T*>(impl_->storage->data())[pos]);
  });
}

Scalar Tensor::flat_get_scalar(int64_t index) const {
  const int64_t pos = storage_index(index);
  return dispatch_dtype(dtype(), [&](auto tag) -> Scalar {
    using T = decltype(tag);
    T v = static_cast<const T*>(impl_->storage->data())[pos];
    if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, int64_t>) {
      return Scalar(v);
    } else {
      return Scalar(static_cast<double>(v));
    }
  });
}

Scalar Tensor::item() const {
  if (numel() != 1) value_error("only one element tensors can be converted to Python scalars");
  return flat_get_scalar(0);
}

std::vector<double> Tensor::to_doubles() const {
  const int64_t n = numel();
  std::vector<double> out(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) out[static_cast<size_t>(i)] = flat_get(i);
  return out;
}

}  // namespace ag
