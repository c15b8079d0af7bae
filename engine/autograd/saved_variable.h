// A tensor saved by a node for its backward. Checks the version counter on unpack (in-place
// modification after saving is an error), and refuses to unpack after release (second backward
// without retain_graph). A node's own output is saved without its grad_fn, to avoid a cycle,
// and gets it back on unpack.
#pragma once

#include <memory>
#include <string>

#include "tensor/tensor.h"

namespace ag {

class Node;

class SavedVariable {
 public:
  SavedVariable() = default;
  SavedVariable(const Tensor& t, bool is_output);

  bool was_saved() const { return saved_; }
  bool is_released() const { return released_; }
  Tensor unpack(const std::shared_ptr<Node>& owner) const;
  // The saved value without checks, for introspection (undefined once released).
  Tensor peek() const { return data_; }
  void release();
  // The saved tensor has just become the output of the node that saved it (`y.mul_(y)`):
  // hold it as an output, without its grad_fn, so node and tensor do not own each other.
  void become_output();

 private:
  Tensor data_;
  bool saved_ = false;
  bool released_ = false;
  bool is_output_ = false;
  bool requires_grad_ = false;
  uint32_t saved_version_ = 0;
};

}  // namespace ag
