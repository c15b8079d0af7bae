// The engine's public surface in one include.
#pragma once

#include "autograd/backward.h"
#include "autograd/functional.h"
#include "autograd/grad_mode.h"
#include "autograd/node.h"
#include "ops/ops.h"
#include "print/python_format.h"
#include "print/tensor_format.h"
#include "random/generator.h"
#include "tensor/tensor.h"
