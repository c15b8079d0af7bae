// Iterative release of nested containers (see release_later in value.h).
#include "python/value.h"

namespace ag::interp {

namespace {

struct ReleaseQueue {
  std::vector<Ref> pending;
  bool draining = false;
};

thread_local ReleaseQueue queue;

}  // namespace

void release_later(Value& v) {
  // Only the last reference makes a destructor run; shared objects just lose one count.
  if (v.is_obj() && v.obj().use_count() == 1) queue.pending.push_back(v.take_obj());
}

void release_pending() {
  if (queue.draining) return;  // an outer destructor is already draining the queue
  queue.draining = true;
  while (!queue.pending.empty()) {
    Ref last = std::move(queue.pending.back());
    queue.pending.pop_back();
    last.reset();  // may queue its own children; the loop picks them up
  }
  queue.draining = false;
}

}  // namespace ag::interp
