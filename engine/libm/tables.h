// tables.h — glibc's data tables for sin, cos and tan, too long to sit next to the code.
#pragma once

#include <cstdint>

namespace ag::glibc::detail {

// __sincostab: for x_i = i/128, i in [0, 110), {sin x_i, its low part, cos x_i, its low part}
// as double bit patterns (sincos_table.cpp).
extern const std::uint64_t kSinCosTable[440];

// utan.tbl's xfg: for i in [0, 186), {x_i ~ (i + 16)/256, tan x_i, 1/tan x_i} as double bit
// patterns (tan_table.cpp).
extern const std::uint64_t kTanTable[186][3];

}  // namespace ag::glibc::detail
