"""Times the whole program's evaluation under Pulumi mocks for each stack.

Each stack is measured in a fresh Python process: the first run is cold (it includes importing
pulumi and pulumi-kubernetes), the median is over the following runs. Prints the number of
resources registered. Target: under 2 s per stack on the 2-core machines.
    .venv/bin/python benchmarks/mock_eval.py [runs]
"""

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from mocking import STACKS  # noqa: E402  (path set up above)


def measure(stack: str, runs: int) -> None:
    """Runs in the child process: prints the resource count and every run's seconds as JSON."""
    start = time.perf_counter()
    from mocking import run_program  # imported here: the import is part of the cold run

    times, count = [], 0
    for _ in range(runs):
        count = len(run_program(stack).mocks.resources)
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
    print(json.dumps({"count": count, "times": times}))


def main(runs: int) -> None:
    print(f"{'stack':<6} {'resources':>9} {'cold s':>7} {'median s':>9}  ({runs} runs per stack)")
    for stack in STACKS:
        child = [sys.executable, __file__, "--stack", stack, str(runs)]
        result = json.loads(subprocess.run(child, check=True, capture_output=True).stdout)
        times = result["times"]
        warm = statistics.median(times[1:] or times)
        print(f"{stack:<6} {result['count']:>9} {times[0]:>7.3f} {warm:>9.3f}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--stack"]:
        measure(sys.argv[2], int(sys.argv[3]))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
