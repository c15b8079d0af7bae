// A tensor saved by a node for its backward. Checks the version counter on unpack (in-place
// modification after saving is an error), and refuses to unpack after release (second backward
// without retain_graph). A node's own output is saved without its grad_fn, to avoid a cycle,
// and gets it back on unpack.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "tensor/tensor.h"

namespace ag {

class Node;

// torch.autograd.graph.saved_tensors_hooks: while a pair of hooks is pushed, every tensor a node
// saves goes through pack, and the node keeps only what pack returned; backward gets the tensor
// back from unpack.
class PackedTensor {
 public:
  virtual ~PackedTensor() = default;
  virtual Tensor unpack() = 0;
};
using PackHook = std::function<std::shared_ptr<PackedTensor>(const Tensor&)>;

class SavedTensorHooks {
 public:
  static void push(PackHook pack);
  static void pop();
  static void clear();  // a session starting afresh
  // Nodes made inside this scope save plainly (forward mode's own stand-in nodes).
  struct Bypass {
    Bypass();
    ~Bypass();
    bool previous;
  };
};

class SavedVariable {
 public:
  SavedVariable() = default;
  SavedVariable(const Tensor& t, bool is_output);

  bool was_saved() const { return saved_; }
  bool is_released() const { return released_; }
  Tensor unpack(const std::shared_ptr<Node>& owner) const;
  // The saved value without checks, for introspection (undefined once released).
  Tensor peek() const { return data_; }
  bool is_packed() const { return packed_ != nullptr; }
  void release();
  // The saved tensor has just become the output of the node that saved it (`y.mul_(y)`):
  // hold it as an output, without its grad_fn, so node and tensor do not own each other.
  void become_output();

 private:
  Tensor data_;
  std::shared_ptr<PackedTensor> packed_;  // set instead of data_ when a pack hook was active
  bool saved_ = false;
  bool released_ = false;
  bool is_output_ = false;
  bool requires_grad_ = false;
  uint32_t saved_version_ = 0;
  uint32_t output_nr_ = 0;  // an output's slot in its node, restored on unpack
};

}  // namespace ag
