"""The eval harness: run an engine over gold policies, score, report, compare runs."""
