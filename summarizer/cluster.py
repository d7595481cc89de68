"""Label a corpus on a Ray cluster with Ray Data (the optional extra `summarizer[ray]`).

    import ray
    from summarizer.cluster import label_dataset

    ray.init()                                   # or ray.init(address="auto") on a cluster
    policies = ray.data.read_json("corpus.jsonl")  # rows {"id": ..., "text": ...}
    labels = label_dataset(policies, workers=8)
    labels.write_parquet("labels/")              # or .write_json("labels/")

`label_dataset` maps batches of rows through a pool of actors (`ray.data.ActorPoolStrategy`).
Each actor builds its extractor once, from the `Settings` given (the offline rules
engine by default; an LLM endpoint with `settings.concurrency` requests in flight per
actor), and labels its batch with `batch.label_batch`, so a policy that cannot be
labelled is a row with `status` "failed" and its `error`, never a failed job.

Rows in: `id` and one of `text` (the policy), `path` (a file every node can read) or
`url`. Rows out (`OUTPUT_COLUMNS`): `id`, `status` (labelled / partial / failed),
`label` (the label's JSON, as `summarizer label --format json` writes it, compact),
`error` and `error_code` (an exit code of the CLI).

Nothing else in the package imports this module, and it imports ray only inside its
functions: the core install never needs ray.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.batch import BatchItem, PolicyInput, label_batch
from summarizer.engines.select import build_extractor, close_extractor
from summarizer.errors import ConfigError, EndpointError, SummarizerError
from summarizer.settings import Settings

if TYPE_CHECKING:
    import ray.data

OUTPUT_COLUMNS = ("id", "status", "label", "error", "error_code")
INTERNAL_ERROR_CODE = 1


def require_ray() -> Any:
    """The `ray` module, or a one-line `ConfigError` saying how to install it."""
    try:
        import ray
        import ray.data  # Ray Data: pyarrow and pandas, in the `ray[data]` extra
    except ImportError as error:
        raise ConfigError(
            f"--ray needs Ray Data: pip install 'summarizer[ray]' (importing it failed: {error})"
        ) from error
    return ray


def label_dataset(
    dataset: ray.data.Dataset,
    *,
    settings: Settings | None = None,
    workers: int | tuple[int, int] | None = None,
    batch_size: int = 16,
    num_cpus: float = 1.0,
) -> ray.data.Dataset:
    """A dataset of labels (`OUTPUT_COLUMNS`), one row per row of `dataset`.

    `settings` (default: `Settings.resolve()` here, on the driver) picks the engine
    each actor builds; `workers` is the size of the actor pool (an int, or (min, max)
    to let Ray scale it; default: as many as the cluster's CPUs allow), each actor
    reserving `num_cpus`. The result is lazy: write it, or iterate over it."""
    ray = require_ray()
    settings = settings or Settings.resolve()
    if isinstance(workers, tuple):
        compute = ray.data.ActorPoolStrategy(min_size=workers[0], max_size=workers[1])
    elif workers is not None:
        compute = ray.data.ActorPoolStrategy(size=workers)
    else:
        compute = ray.data.ActorPoolStrategy(min_size=1, max_size=_cluster_cpus(ray, num_cpus))
    return dataset.map_batches(
        Labeller,
        fn_constructor_kwargs={"settings": settings},
        batch_size=batch_size,
        batch_format="numpy",
        compute=compute,
        num_cpus=num_cpus,
    )


def _cluster_cpus(ray: Any, num_cpus: float) -> int:
    cpus = ray.cluster_resources().get("CPU", 1) if ray.is_initialized() else 1
    return max(1, int(cpus // max(num_cpus, 0.01)))


class Labeller:
    """A Ray Data actor: builds the extractor once, then labels batch after batch."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.extractor = build_extractor(settings)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        inputs = _inputs(batch)
        items = self._label(inputs)
        return {
            "id": [item.input.id for item in items],
            "status": [item.status for item in items],
            "label": [item.label.model_dump_json() if item.label else None for item in items],
            "error": [item.error for item in items],
            "error_code": [item.error_code for item in items],
        }

    def _label(self, inputs: list[PolicyInput]) -> list[BatchItem]:
        try:
            return label_batch(inputs, self.extractor, concurrency=self.settings.concurrency).items
        except EndpointError as error:  # the endpoint cannot be used: every row says why
            return [_failed(policy, str(error), error.exit_code) for policy in inputs]
        except Exception:  # a bug met by one policy must not stop a corpus-wide job
            return [self._label_alone(policy) for policy in inputs]

    def _label_alone(self, policy: PolicyInput) -> BatchItem:
        try:
            return label_batch([policy], self.extractor, concurrency=1).items[0]
        except SummarizerError as error:
            return _failed(policy, str(error), error.exit_code)
        except Exception as error:  # reported in its row, as the CLI would exit 1
            return _failed(policy, f"internal error: {type(error).__name__}: {error}", 1)

    def __del__(self) -> None:
        close_extractor(self.extractor)


def _failed(policy: PolicyInput, error: str, code: int) -> BatchItem:
    return BatchItem(input=policy, error=error, error_code=code or INTERNAL_ERROR_CODE)


def _column(batch: dict[str, Any], name: str, count: int) -> list[Any]:
    values = batch.get(name)
    return [None] * count if values is None else list(values)


def _inputs(batch: dict[str, Any]) -> list[PolicyInput]:
    ids = [str(value) for value in batch["id"]]
    texts = _column(batch, "text", len(ids))
    paths = _column(batch, "path", len(ids))
    urls = _column(batch, "url", len(ids))
    inputs = []
    for policy_id, text, path, url in zip(ids, texts, paths, urls, strict=True):
        if url:
            inputs.append(PolicyInput(id=policy_id, url=str(url)))
        elif path:
            inputs.append(PolicyInput(id=policy_id, path=Path(str(path))))
        else:
            inputs.append(PolicyInput(id=policy_id, text=None if text is None else str(text)))
    return inputs


def dataset_from_paths(
    paths: Sequence[str | Path], policies: Sequence[PolicyInput] | None = None
) -> ray.data.Dataset:
    """A dataset of policies from the CLI's inputs: JSONL files are read by Ray (rows
    need "id" and "text"); files, directories and URLs become {"id", "path"} or
    {"id", "url"} rows that the actors read (so files must be on storage every node
    sees). One kind or the other per run. `policies`: `collect_inputs(paths)`, if
    already made (it reads every JSONL line to check it: once is enough)."""
    from summarizer.batch import collect_inputs

    ray = require_ray()
    jsonl = [str(path) for path in paths if str(path).lower().endswith((".jsonl", ".ndjson"))]
    if jsonl and len(jsonl) < len(paths):
        raise ConfigError("--ray reads JSONL files or policy files and directories, not both")
    if policies is None:
        policies = collect_inputs(paths)  # every input (and JSONL line) checked before the job
    if jsonl:
        # Reading reserves no CPU: with every CPU held by a labelling actor, a read
        # that waited for one would never start.
        read = ray.data.read_json(jsonl, ray_remote_args={"num_cpus": 0})
        return read.select_columns(["id", "text"])
    rows = [
        {"id": policy.id, "url": policy.url or "", "path": "" if policy.url else str(policy.path)}
        for policy in policies
    ]
    return ray.data.from_items(rows)
