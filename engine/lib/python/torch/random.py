# torch.random: saving and restoring the default generator's state, as torch/random.py does in
# PyTorch. The state itself (a 5056-byte torch.uint8 tensor) is native: Generator.get_state and
# set_state in lib/native/torch_random.cpp, laid out as PyTorch's CPUGeneratorImplState.
import torch

__all__ = ["get_rng_state", "set_rng_state", "manual_seed", "seed", "initial_seed", "fork_rng"]

default_generator = torch.default_generator
manual_seed = torch.manual_seed
initial_seed = torch.initial_seed


def seed():
    return default_generator.seed()


def get_rng_state():
    """Returns the random number generator state as a torch.ByteTensor."""
    return default_generator.get_state()


def set_rng_state(new_state):
    """Sets the random number generator state (a torch.ByteTensor from get_rng_state)."""
    default_generator.set_state(new_state)


class fork_rng:
    """Forks the RNG: on exit the default generator's state is what it was on entry.

    PyTorch writes this as a contextlib generator; there are no CUDA devices here, so only the
    CPU state is saved (and devices= is accepted and ignored, as it is with no GPU)."""
    __module__ = "torch.random"

    def __init__(self, devices=None, enabled=True, _caller="fork_rng", _devices_kw="devices"):
        self.enabled = enabled

    def __enter__(self):
        if self.enabled:
            self._state = get_rng_state()

    def __exit__(self, exc_type, exc_value, traceback):
        if self.enabled:
            set_rng_state(self._state)
        return False
