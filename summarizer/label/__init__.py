"""The label contract and what is computed from it.

`schema` and `vocabulary` are the contract (LABEL_SPEC); `findings` is what an engine
says about one chunk; `grading`, `summary`, `backing` and `readability` are computed
from a finished label. Nothing here imports the rest of the package.
"""
