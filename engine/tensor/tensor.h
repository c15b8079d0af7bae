// The tensor model: a Tensor is a handle on a TensorImpl, which is a strided view
// (shape, strides, offset) on a reference-counted Storage. Views share the storage and the
// version counter; autograd state (requires_grad, grad, grad_fn) lives in the impl, as in PyTorch.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xtensor/xstorage.hpp>

#include "tensor/dtype.h"
#include "tensor/error.h"
#include "tensor/scalar.h"

namespace ag {

using Shape = xt::svector<int64_t, 4>;
using Strides = xt::svector<int64_t, 4>;

class Node;
class Tensor;

// torch.inference_mode: while it is on, new memory belongs to inference tensors, which autograd
// may never record (views of them are inference tensors too, so the mark is on the storage).
class InferenceMode {
 public:
  static bool is_enabled();
  static void set_enabled(bool enabled);
};

// Raw memory for numel elements of one dtype, zero-initialised.
class Storage {
 public:
  // zeroed = false leaves the bytes as the allocator gives them, for a kernel that writes all.
  Storage(int64_t numel, DType dtype, bool zeroed = true);
  ~Storage();
  Storage(const Storage&) = delete;
  Storage& operator=(const Storage&) = delete;
  DType dtype() const { return dtype_; }
  int64_t numel() const { return numel_; }
  void* data() const { return bytes_.get(); }
  bool is_inference() const { return inference_; }

 private:
  DType dtype_;
  bool inference_ = false;
  int64_t numel_;
  std::unique_ptr<double[]> bytes_;  // double[] keeps every dtype aligned
  int64_t nbytes_ = 0;
};

// A cap on the bytes all live tensors of this thread may hold (a playground cell must not take
// the machine down); an allocation past it raises PyTorch's out-of-memory RuntimeError.
void set_memory_limit(int64_t bytes);
int64_t memory_limit();
int64_t memory_in_use();

// Bumped by every in-place modification; shared by a tensor, its views and detach(),
// but not by `.data` (PyTorch: changes through .data are invisible to autograd).
struct VersionCounter {
  uint32_t value = 0;
};

struct TensorImpl {
  std::shared_ptr<Storage> storage;
  std::shared_ptr<VersionCounter> version;
  Shape shape;
  Strides strides;
  int64_t offset = 0;

  bool requires_grad = false;    // only meaningful on leaves; non-leaves require grad via grad_fn
  bool is_wrapped_number = false;  // a Python scalar turned into a 0-d tensor
  bool retains_grad = false;
  std::shared_ptr<Node> grad_fn;
  uint32_t output_nr = 0;        // which of grad_fn's outputs this tensor is (eigh's L is 0, Q is 1)
  std::shared_ptr<TensorImpl> grad;
  std::weak_ptr<Node> grad_accumulator;  // the AccumulateGrad node of a leaf, made on demand
  std::shared_ptr<TensorImpl> view_base; // the tensor this one is a view of (the root base)
  // Piece i of split/chunk/unbind made with grad mode on (CreationMeta::MULTI_OUTPUT_NODE):
  // autograd refuses to modify it in place. -1 for every other tensor.
  int32_t multi_output_piece = -1;
  // register_hook(fn): run on the gradient w.r.t. this tensor; may return a replacement.
  std::vector<std::function<Tensor(const Tensor&)>> hooks;
  // Forward-mode AD: the tangent of this tensor inside the current dual level (see
  // autograd/forward_ad.h); cleared when the level exits.
  std::shared_ptr<TensorImpl> tangent;
};

class Tensor {
 public:
  Tensor() = default;
  explicit Tensor(std::shared_ptr<TensorImpl> impl) : impl_(std::move(impl)) {}

  // A fresh contiguous tensor, zero-filled.
  static Tensor empty(const Shape& shape, DType dtype);
  // The same without the zero fill, for kernels that write every element (a 100,000-element
  // memset is a third of a mul's time).
  static Tensor uninitialized(const Shape& shape, DType dtype);
  // A 0-d tensor holding a Python number, marked as a wrapped number for type promotion.
  static Tensor wrap_scalar(const Scalar& s);
  static Tensor scalar(const Scalar& s, DType dtype);

  bool defined() const { return impl_ != nullptr; }
  TensorImpl* impl() const { return impl_.get(); }
  const std::shared_ptr<TensorImpl>& impl_ptr() const { return impl_; }
  bool is_same(const Tensor& other) const { return impl_ == other.impl_; }

  // Metadata
  DType dtype() const { return impl_->storage->dtype(); }
  const Shape& shape() const { return impl_->shape; }
  const Strides& strides() const { return impl_->strides; }
  int64_t offset() const { return impl_->offset; }
  int64_t dim() const { return static_cast<int64_t>(impl_->shape.size()); }
  int64_t size(int64_t dim) const;  // negative dims count from the end
  int64_t numel() const;
  bool is_contiguous() const;
  bool is_floating_point() const { return is_floating(dtype()); }
  bool is_inference() const { return impl_->storage->is_inference(); }

  // Autograd state
  bool requires_grad() const { return impl_->requires_grad || impl_->grad_fn != nullptr; }
  void set_requires_grad(bool value);  // PyTorch's checks: leaves only, floating dtypes only
  bool is_leaf() const { return impl_->grad_fn == nullptr; }
  const std::shared_ptr<Node>& grad_fn() const { return impl_->grad_fn; }
  Tensor grad() const { return Tensor(impl_->grad); }
  void set_grad(const Tensor& g) { impl_->grad = g.impl_ptr(); }
  void retain_grad();
  bool retains_grad() const { return impl_->retains_grad; }
  // Hooks see (and may replace) the gradient w.r.t. this tensor during backward.
  // Returns the hook's index, for remove_hook (which leaves an empty slot: indices stay valid).
  size_t register_hook(std::function<Tensor(const Tensor&)> hook);
  void remove_hook(size_t index);
  uint32_t version() const { return impl_->version->value; }
  // Called after every in-place write. Writing into an inference tensor outside inference mode
  // fails here, after the write, as PyTorch's version bump does.
  void bump_version() const;

  // `.data`: same storage, no history, a version counter of its own.
  Tensor data() const;
  // detach(): same storage and version counter, no history.
  Tensor detach() const;

  // Values
  // The elements as T, which must be the storage type (float for float16, int64_t for int8):
  // a kernel that reads a narrow tensor as double would run past its storage, so it fails here.
  template <class T>
  T* data_ptr() const {
    if (dtype_of<T>() != storage_dtype(dtype())) element_type_mismatch(dtype_of<T>());
    return static_cast<T*>(impl_->storage->data()) + impl_->offset;
  }
  Scalar item() const;  // ValueError unless exactly one element
  // The element at a row-major position, as a double (int64 values beyond 2^53 lose bits).
  double flat_get(int64_t index) const;
  Scalar flat_get_scalar(int64_t index) const;
  // The storage offset of a row-major position.
  int64_t storage_index(int64_t index) const;
  std::vector<double> to_doubles() const;

 private:
  static Tensor make(const Shape& shape, DType dtype, bool zeroed);
  [[noreturn]] void element_type_mismatch(DType asked) const;

  std::shared_ptr<TensorImpl> impl_;
};

Strides contiguous_strides(const Shape& shape);
int64_t shape_numel(const Shape& shape);
// Wraps a possibly negative dim into [0, ndim) or raises PyTorch's IndexError.
int64_t wrap_dim(int64_t dim, int64_t ndim);
// "[2, 3]"
std::string shape_str(const Shape& shape);
// "torch.Size([2, 3])"
std::string size_str(const Shape& shape);

}  // namespace ag
