#!/usr/bin/env python3
"""Runs every tests/conformance/NNN_topic.py with re     with open(err_path, "w") as f:
            f.write(f"exit {proc.returnc}d\one{lines[-1] if lines elsests/conformance/NNN_topic.py with re     with open(err_path, "w") as f:
            f.write(f"exit {proc.returnc}d\one{lines[-1] if lines else ''}\n")

    return proc.returncode


def main():
    names = sys.argv[1:] or sorted(n forimport torch
a = torch.ones(2, requires_grad=if lines else ''}\xit {code}")


if __name__ == "__main__":
    main()
