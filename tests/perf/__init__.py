"""Benchmarks at newsroom scale: ``python -m tests.perf [--claims N] [--json]``.

Every figure is a ratio against a baseline measured in the same run on the
same machine, so the numbers mean something on a noisy or slow computer.
"""
