"""Other ways to look at a label: an Apple-style card, Google Play's Data safety and
OPP-115 practices (LABEL_SPEC.md, "One ontology, several views").

Each view is a small pydantic model the renderers draw and `json` dumps. Each has a
`limitations` list that says what the mapping cannot express, so no view pretends to
know more than the label does. One module per view (`apple`, `google`, `opp115`),
each with its mapping rules in its docstring; `common` holds what they share.
"""

from __future__ import annotations

from summarizer.label.grading import grade_label
from summarizer.label.schema import GradeResult, PrivacyNutritionLabel
from summarizer.label.summary import summarize_label
from summarizer.render.views.apple import (
    APPLE_CATEGORIES,
    APPLE_CATEGORY_OF,
    APPLE_EXTRA_TYPES,
    APPLE_PURPOSE_OF,
    APPLE_PURPOSES,
    AppleItem,
    ApplePanel,
    AppleView,
    apple_types,
    apple_view,
    tracking_categories,
)
from summarizer.render.views.common import (
    ENCRYPTION_PATTERN,
    VIEW_NAMES,
    RenderError,
    ViewName,
)
from summarizer.render.views.google import (
    GOOGLE_DATA_TYPES,
    GOOGLE_NOT_SHARING,
    GOOGLE_PURPOSE_OF,
    GOOGLE_PURPOSES,
    GOOGLE_TYPE_OF,
    GoogleDataRow,
    GooglePractice,
    GoogleView,
    google_view,
)
from summarizer.render.views.opp115 import (
    OPP115_ACCESS,
    OPP115_CATEGORIES,
    OPP115_CHOICE,
    OPP115_COLLECTION_MODE,
    OPP115_DNT,
    OPP115_ENTITY,
    OPP115_INFO_TYPE,
    OPP115_NOTICE,
    OPP115_PURPOSE,
    OPP115_SECURITY,
    Opp115Attribute,
    Opp115Practice,
    Opp115View,
    opp115_view,
)

__all__ = [
    "APPLE_CATEGORIES",
    "APPLE_CATEGORY_OF",
    "APPLE_EXTRA_TYPES",
    "APPLE_PURPOSES",
    "APPLE_PURPOSE_OF",
    "ENCRYPTION_PATTERN",
    "GOOGLE_DATA_TYPES",
    "GOOGLE_NOT_SHARING",
    "GOOGLE_PURPOSES",
    "GOOGLE_PURPOSE_OF",
    "GOOGLE_TYPE_OF",
    "OPP115_ACCESS",
    "OPP115_CATEGORIES",
    "OPP115_CHOICE",
    "OPP115_COLLECTION_MODE",
    "OPP115_DNT",
    "OPP115_ENTITY",
    "OPP115_INFO_TYPE",
    "OPP115_NOTICE",
    "OPP115_PURPOSE",
    "OPP115_SECURITY",
    "VIEW_NAMES",
    "AppleItem",
    "ApplePanel",
    "AppleView",
    "GoogleDataRow",
    "GooglePractice",
    "GoogleView",
    "Opp115Attribute",
    "Opp115Practice",
    "Opp115View",
    "RenderError",
    "ViewName",
    "apple_types",
    "apple_view",
    "build_view",
    "complete_label",
    "google_view",
    "opp115_view",
    "tracking_categories",
]


def complete_label(label: PrivacyNutritionLabel) -> PrivacyNutritionLabel:
    """The label with its summary and grade filled in when they are missing (a label
    read from JSON written by hand, say). A label that has them is returned as is."""
    updates: dict[str, object] = {}
    if not label.summary.headline:
        updates["summary"] = summarize_label(label)
    if label.grade == GradeResult():
        updates["grade"] = grade_label(label)
    return label.model_copy(update=updates) if updates else label


def build_view(
    label: PrivacyNutritionLabel, view: ViewName
) -> AppleView | GoogleView | Opp115View | PrivacyNutritionLabel:
    """The named view of the label (`label` is the label itself)."""
    if view == "label":
        return label
    if view == "apple":
        return apple_view(label)
    if view == "google":
        return google_view(label)
    if view == "opp115":
        return opp115_view(label)
    raise RenderError(f"Unknown view {view!r}: choose one of {', '.join(VIEW_NAMES)}.")
