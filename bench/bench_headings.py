"""Speed of the service-name guess on a policy with many headings (not a test).

The guess reads the title lines of the policy's head and counts how the whole text
spells each candidate. It once scanned the whole text again per title line (40,000
headings: 35 s; a million: about 30 minutes); now it is one pass. Prints, for each
size, the time of the name guess alone and of the whole policy profile (which also
reads the policy's answers), wall and CPU.

Usage: python bench/bench_headings.py [--headings 10000 40000 160000]
"""

from __future__ import annotations

import argparse
import time

from summarizer.engines.rules.analysis import mask_text
from summarizer.engines.rules.contacts import _service_name, policy_profile


def many_headings(count: int) -> str:
    lines = ["# Privacy Policy of Zentrix", "Zentrix keeps your data safe."]
    lines += [f"# Part {number}" for number in range(count)]
    return "\n".join(lines) + "\n"


def timed(function, *args) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    function(*args)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--headings", type=int, nargs="+", default=[10_000, 40_000, 160_000])
    args = parser.parse_args()
    print(f"{'headings':>9} {'MB':>6} {'name wall':>10} {'name cpu':>9} {'profile wall':>13}")
    for count in args.headings:
        text = many_headings(count)
        name_wall, name_cpu = timed(_service_name, text, mask_text(text))
        policy_profile.cache_clear()
        profile_wall, _ = timed(policy_profile, text)
        print(
            f"{count:>9,} {len(text) / 1e6:>6.2f} {name_wall:>9.2f}s {name_cpu:>8.2f}s "
            f"{profile_wall:>12.2f}s"
        )


if __name__ == "__main__":
    main()
