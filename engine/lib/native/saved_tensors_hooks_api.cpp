// The native half of torch.autograd.graph.saved_tensors_hooks (whose Python half is
// engine/lib/python/torch/autograd/graph.py): Python pack/unpack functions as the engine's hooks.
#include "autograd/saved_variable.h"
#include "lib/native/tensor_api.h"
#include "python/args.h"

namespace ag::interp {

namespace {

// What pack returned, and how to get the tensor back from it.
class PythonPacked : public PackedTensor {
 public:
  PythonPacked(Interpreter& in, Value packed, Value unpack) : in_(in), packed_(std::move(packed)), unpack_(std::move(unpack)) {}
  Tensor unpack() override {
    Value t = in_.call(unpack_, {packed_});
    auto* obj = t.as<TensorObj>();
    if (!obj) {
      in_.raise("TypeError", "Output of saved tensor unpack_hook expected to be a Tensor but got result of type " +
                                 in_.type_of(t)->name);
    }
    return obj->tensor;
  }

 private:
  Interpreter& in_;
  Value packed_, unpack_;
};

}  // namespace

void add_saved_tensors_hooks_functions(AttrMap& torch) {
  torch["_push_saved_tensors_hooks"] = make_native("_push_saved_tensors_hooks", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "_push_saved_tensors_hooks", a, k);
    Value pack = r.required(0, "pack_hook"), unpack = r.required(1, "unpack_hook");
    r.done();
    Interpreter* interp = &in;
    SavedTensorHooks::push([interp, pack, unpack](const Tensor& t) -> std::shared_ptr<PackedTensor> {
      Value packed = interp->call(pack, {interp->wrap(t)});
      return std::make_shared<PythonPacked>(*interp, packed, unpack);
    });
    return none();
  });
  torch["_pop_saved_tensors_hooks"] = make_native("_pop_saved_tensors_hooks", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader(in, "_pop_saved_tensors_hooks", a, k).done();
    SavedTensorHooks::pop();
    return none();
  });
}

}  // namespace ag::interp
