# torch.autograd.detect_anomaly and set_detect_anomaly, as PyTorch 1.13 writes them: the mode is
# native (autograd/anomaly_mode.h: the NaN check, where each node's forward op was recorded).
import warnings
import torch

__all__ = ["detect_anomaly", "set_detect_anomaly"]


class detect_anomaly:
    """Context manager (and decorator) that turns anomaly detection on for a block."""

    def __init__(self, check_nan=True):
        self.prev = torch.is_anomaly_enabled()
        self.check_nan = check_nan
        self.prev_check_nan = torch.is_anomaly_check_nan_enabled()
        warnings.warn("Anomaly Detection has been enabled. This mode will increase the runtime "
                      "and should only be enabled for debugging.", stacklevel=2)

    def __enter__(self):
        torch._set_anomaly_enabled(True, self.check_nan)

    def __exit__(self, *args):
        torch._set_anomaly_enabled(self.prev, self.prev_check_nan)

    def __call__(self, func):
        def decorate_context(*args, **kwargs):
            with self.__class__(self.check_nan):
                return func(*args, **kwargs)
        return decorate_context


class set_detect_anomaly:
    """Turns anomaly detection on or off now; as a context manager, restores it on exit."""

    def __init__(self, mode, check_nan=True):
        self.prev = torch.is_anomaly_enabled()
        self.prev_check_nan = torch.is_anomaly_check_nan_enabled()
        torch._set_anomaly_enabled(mode, check_nan)

    def __enter__(self):
        pass

    def __exit__(self, *args):
        torch._set_anomaly_enabled(self.prev, self.prev_check_nan)
