// _random: CPython's Mersenne Twister (MT19937 seeded by init_by_array, as random.seed(int)
// seeds it), so `random.seed(0); random.random()` gives CPython's numbers. engine/lib/python/random.py
// builds CPython's Random methods (randint, choice, shuffle, gauss, ...) on top of these.
#include <chrono>
#include <cmath>

#include "python/args.h"
#include "python/interpreter.h"

namespace ag::interp {

namespace {

class MersenneTwister {
 public:
  void seed_by_array(const std::vector<uint32_t>& key) {
    init_genrand(19650218u);
    size_t i = 1, j = 0;
    for (size_t k = std::max<size_t>(kN, key.size()); k; --k) {
      state_[i] = (state_[i] ^ ((state_[i - 1] ^ (state_[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
      ++i;
      ++j;
      if (i >= kN) {
        state_[0] = state_[kN - 1];
        i = 1;
      }
      if (j >= key.size()) j = 0;
    }
    for (size_t k = kN - 1; k; --k) {
      state_[i] = (state_[i] ^ ((state_[i - 1] ^ (state_[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
      ++i;
      if (i >= kN) {
        state_[0] = state_[kN - 1];
        i = 1;
      }
    }
    state_[0] = 0x80000000u;
  }

  uint32_t next() {
    if (index_ >= kN) twist();
    uint32_t y = state_[index_++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
  }

 private:
  static constexpr size_t kN = 624, kM = 397;

  void init_genrand(uint32_t s) {
    state_[0] = s;
    for (size_t i = 1; i < kN; ++i) {
      state_[i] = 1812433253u * (state_[i - 1] ^ (state_[i - 1] >> 30)) + static_cast<uint32_t>(i);
    }
    index_ = kN;
  }

  void twist() {
    for (size_t k = 0; k < kN; ++k) {
      const uint32_t y = (state_[k] & 0x80000000u) | (state_[(k + 1) % kN] & 0x7fffffffu);
      state_[k] = state_[(k + kM) % kN] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    }
    index_ = 0;
  }

  uint32_t state_[kN] = {};
  size_t index_ = kN + 1;

 public:
  // CPython's getstate(): the 624 words and the position, as 625 integers.
  std::vector<int64_t> words() const {
    std::vector<int64_t> out(state_, state_ + kN);
    out.push_back(static_cast<int64_t>(index_));
    return out;
  }
  bool set_words(const std::vector<int64_t>& w) {
    if (w.size() != kN + 1 || w[kN] < 0 || w[kN] > static_cast<int64_t>(kN)) return false;
    for (size_t i = 0; i < kN; ++i) state_[i] = static_cast<uint32_t>(w[i]);
    index_ = static_cast<size_t>(w[kN]);
    return true;
  }
};

struct RandomStateObj : Object {
  MersenneTwister mt;
  ClassObj* cls() const override { return builtin_types().object.get(); }
};

MersenneTwister& state_of(Interpreter& in, const Value& v) {
  auto* s = v.as<RandomStateObj>();
  if (!s) in.raise("TypeError", "expected a random state");
  return s->mt;
}

}  // namespace

void install_random(Interpreter& interp) {
  auto module = std::make_shared<ModuleObj>("_random");
  AttrMap& m = module->attrs;
  m["new_state"] = make_native("new_state", [](Interpreter&, Args&, Kwargs&) {
    return Value(std::make_shared<RandomStateObj>());
  });
  // seed(state, n): n's 32-bit words, least significant first, as CPython's random_seed.
  m["seed"] = make_native("seed", [](Interpreter& in, Args& a, Kwargs&) {
    MersenneTwister& mt = state_of(in, a.at(0));
    uint64_t n;
    if (a.at(1).is_none()) {
      n = static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    } else {
      const int64_t v = to_int(in, a[1]);
      n = v < 0 ? static_cast<uint64_t>(-(v + 1)) + 1 : static_cast<uint64_t>(v);
    }
    std::vector<uint32_t> key{static_cast<uint32_t>(n)};
    if (n >> 32) key.push_back(static_cast<uint32_t>(n >> 32));
    mt.seed_by_array(key);
    return none();
  });
  m["random"] = make_native("random", [](Interpreter& in, Args& a, Kwargs&) {
    MersenneTwister& mt = state_of(in, a.at(0));
    const uint32_t hi = mt.next() >> 5, lo = mt.next() >> 6;
    return Value::number((hi * 67108864.0 + lo) * (1.0 / 9007199254740992.0));
  });
  m["getrandbits"] = make_native("getrandbits", [](Interpreter& in, Args& a, Kwargs&) {
    MersenneTwister& mt = state_of(in, a.at(0));
    const int64_t k = to_int(in, a.at(1));
    if (k < 0) in.raise("ValueError", "number of bits must be non-negative");
    if (k > 63) in.raise("OverflowError", "getrandbits: the playground's integers are 64-bit");
    if (k == 0) return Value::integer(0);
    if (k <= 32) return Value::integer(static_cast<int64_t>(mt.next() >> (32 - k)));
    const uint64_t low = mt.next();
    const uint64_t high = mt.next() >> (64 - k);
    return Value::integer(static_cast<int64_t>(low | (high << 32)));
  });
  m["getstate"] = make_native("getstate", [](Interpreter& in, Args& a, Kwargs&) {
    std::vector<Value> items;
    for (int64_t w : state_of(in, a.at(0)).words()) items.push_back(Value::integer(w));
    return make_tuple(items);
  });
  m["setstate"] = make_native("setstate", [](Interpreter& in, Args& a, Kwargs&) {
    std::vector<int64_t> words;
    for (const Value& v : in.iterate(a.at(1))) words.push_back(to_int(in, v));
    if (!state_of(in, a.at(0)).set_words(words)) in.raise("ValueError", "state vector is the wrong size");
    return none();
  });
  interp.modules()["_random"] = Value(module);
}

}  // namespace ag::interp
