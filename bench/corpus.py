"""A synthetic privacy-policy corpus for benchmarks (not for quality: it has no gold).

Policies are built from this module's own sentence templates, with a random but
seeded choice of company, data types, recipients, periods, heading style (markdown
`##`, bold, numbered, ALL CAPS or plain title lines) and section order, so that a
corpus of any size has varied headings and sentences and is the same on every run.

    from corpus import generate_policy, generate_corpus
    text = generate_policy(seed=3, sections=3)            # about 3 chunks
    corpus = generate_corpus(1000, seed=0)                 # [(id, text), ...]

Command line (writes JSONL, one {"id", "text"} per line, or one .txt per policy):

    python bench/corpus.py --count 1000 --out /tmp/corpus.jsonl
    python bench/corpus.py --count 50 --sections 3 --out /tmp/policies/
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

COMPANIES = (
    "Brightleaf", "Orbital Maps", "Kestrel Health", "Nimbus Notes", "Harborline Travel",
    "Quillworks", "Pinecone Games", "Lumen Bank", "Saffron Recipes", "Tessellate",
    "Waypoint Fitness", "Copperfield Books", "Mosaic Social", "Driftwood Radio",
    "Juniper Learning", "Atlas Parcel", "Beacon Weather", "Cobalt Cloud", "Fable Kids",
    "Meridian Jobs",
)  # fmt: skip
KINDS = ("app", "website", "service", "platform", "store")
COUNTRIES = ("Ireland", "Germany", "Canada", "Singapore", "the Netherlands", "Japan", "Brazil")

DATA = {
    "contact": ("your name", "your email address", "your phone number", "your postal address"),
    "identifiers": ("your IP address", "a device identifier", "your account ID", "your username"),
    "financial": ("your payment card details", "your billing address", "your purchase history"),
    "location": ("your precise location", "the city you are in", "your approximate location"),
    "device": ("your browser type", "your operating system", "the model of your device"),
    "usage": ("the pages you visit", "the searches you run", "the features you use"),
    "content": ("the messages you send", "the photos you upload", "the reviews you write"),
    "demographics": ("your date of birth", "your gender", "your job title"),
    "health": ("your step count", "your heart rate", "your sleep patterns"),
}
PURPOSES = (
    "provide and maintain the service", "process your payments", "send you newsletters",
    "personalise what you see", "show you advertising", "measure how the service is used",
    "prevent fraud and abuse", "answer your support requests", "comply with the law",
    "improve our products", "keep your account secure",
)  # fmt: skip
RECIPIENTS = (
    "our payment processors", "cloud hosting providers", "analytics companies",
    "advertising partners", "our affiliates", "law enforcement when the law requires it",
    "a buyer if we sell our business", "customer support contractors", "social networks",
)  # fmt: skip
PERIODS = (
    "30 days",
    "90 days",
    "12 months",
    "two years",
    "five years",
    "as long as your account is open",
)
MEASURES = (
    "encryption in transit", "encryption at rest", "two-factor authentication",
    "access controls", "regular security audits", "pseudonymisation",
)  # fmt: skip

# Section topic -> (titles to pick from, sentence templates). Slots: {company},
# {service}, {data}, {data2}, {purpose}, {purpose2}, {recipient}, {period}, {measure},
# {age}, {country}, {email}, {url}.
TOPICS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "collect": (
        ("Information We Collect", "What We Collect", "Data we gather about you", "Personal data"),
        (
            "When you create an account we collect {data} and {data2}.",
            "We may collect {data} when you use the {service}.",
            "You give us {data} when you fill in a form or contact us.",
            "Our servers automatically record {data} each time you open the {service}.",
            "If you link a social network, we receive {data} from it.",
            "We also keep {data2} so that the {service} works as expected.",
            "Some features ask for {data}; you can refuse, but the feature may not work.",
            "{company} does not collect {data} unless you choose to share it.",
        ),
    ),
    "use": (
        ("How We Use Information", "Use of your data", "Why we process your data", "Purposes"),
        (
            "We use {data} to {purpose}.",
            "Your information helps us {purpose} and {purpose2}.",
            "We process {data} where we need it to {purpose}.",
            "With your consent, we may use {data} to {purpose2}.",
            "We rely on our legitimate interests to {purpose}.",
            "Aggregated statistics, which do not identify you, help us {purpose2}.",
        ),
    ),
    "share": (
        ("Sharing and Disclosure", "Who We Share Data With", "Third parties", "Disclosures"),
        (
            "We share {data} with {recipient}.",
            "{company} may disclose {data} to {recipient} so they can {purpose}.",
            "We do not sell your personal information.",
            "We may sell {data} to {recipient}.",
            "Service providers such as {recipient} process data on our behalf under contract.",
            "We never share {data2} with {recipient} without asking you first.",
        ),
    ),
    "cookies": (
        ("Cookies", "Cookies and Similar Technologies", "Tracking technologies"),
        (
            "We and {recipient} use cookies and pixels to {purpose}.",
            "You can block cookies in your browser settings, but parts of the {service} may stop working.",
            "We do not respond to Do Not Track signals.",
            "We honour Do Not Track signals sent by your browser.",
            "Third-party analytics tools may set their own cookies when you visit the {service}.",
            "A cookie banner lets you refuse non-essential cookies.",
        ),
    ),
    "retention": (
        ("Data Retention", "How Long We Keep Data", "Retention"),
        (
            "We keep {data} for {period}.",
            "Logs containing {data} are deleted after {period}.",
            "When you close your account we delete your data within {period}.",
            "Some records must be kept for {period} to meet tax obligations.",
        ),
    ),
    "security": (
        ("Security", "How We Protect Your Data", "Keeping data safe"),
        (
            "We protect your data with {measure} and {measure2}.",
            "Access to personal data is limited to staff who need it, and we use {measure}.",
            "No method of transmission over the internet is completely secure.",
            "If we learn of a breach that affects you, we will tell you without undue delay.",
        ),
    ),
    "rights": (
        ("Your Rights", "Your Choices", "Access, correction and deletion", "Your privacy rights"),
        (
            "You can ask for a copy of the personal data we hold about you.",
            "You may correct inaccurate information in your account settings.",
            "You can ask us to delete your account and the data linked to it.",
            "You can unsubscribe from marketing emails with the link at the bottom of each email.",
            "You may object to processing based on our legitimate interests.",
            "You have the right to complain to your local data protection authority.",
            "You can download your data in a machine-readable format.",
            "You can withdraw your consent at any time.",
            "To exercise these rights, email {email}.",
        ),
    ),
    "children": (
        ("Children", "Children's Privacy", "Young users"),
        (
            "The {service} is not meant for children under {age}.",
            "We do not knowingly collect personal data from children under {age}.",
            "If you believe a child under {age} gave us information, contact us and we will delete it.",
        ),
    ),
    "transfers": (
        ("International Transfers", "Where We Store Data", "Transfers outside your country"),
        (
            "Your data may be transferred to and stored in {country}.",
            "We use standard contractual clauses when we move data out of the European Economic Area.",
            "Our servers are located in {country}.",
        ),
    ),
    "changes": (
        ("Changes to This Policy", "Updates", "Changes"),
        (
            "We may update this policy from time to time.",
            "If we make material changes, we will notify you by email before they take effect.",
            "The date at the top shows when this policy was last revised.",
            "Continued use of the {service} after a change means you accept the new policy.",
        ),
    ),
    "contact": (
        ("Contact Us", "How to Reach Us", "Questions"),
        (
            "If you have questions about this policy, write to {email}.",
            "You can also reach our privacy team through {url}.",
            "Our data protection officer can be contacted at {email}.",
            "{company} Ltd., 12 Harbour Street, Dublin 2, {country_hq}.",
        ),
    ),
}
TOPIC_ORDER = tuple(TOPICS)
HEADING_STYLES = ("atx", "bold", "numbered", "caps", "plain")


def _fill(template: str, rng: random.Random, names: dict[str, str]) -> str:
    groups = list(DATA.values())
    data = rng.choice(rng.choice(groups))
    data2 = rng.choice(rng.choice(groups))
    purpose, purpose2 = rng.sample(PURPOSES, 2)
    measure, measure2 = rng.sample(MEASURES, 2)
    return template.format(
        **names,
        data=data,
        data2=data2 if data2 != data else "your preferences",
        purpose=purpose,
        purpose2=purpose2,
        recipient=rng.choice(RECIPIENTS),
        period=rng.choice(PERIODS),
        measure=measure,
        measure2=measure2,
        age=rng.choice(("13", "16", "18")),
        country=rng.choice(COUNTRIES),
    )


def _heading(title: str, style: str, number: int) -> str:
    if style == "atx":
        return f"## {title}"
    if style == "bold":
        return f"**{title}**"
    if style == "numbered":
        return f"{number}. {title}"
    if style == "caps":
        return title.upper()
    return title


def _paragraph(rng: random.Random, templates: tuple[str, ...], names: dict[str, str]) -> str:
    count = rng.randint(2, 5)
    sentences = [_fill(rng.choice(templates), rng, names) for _ in range(count)]
    if rng.random() < 0.2:  # a bulleted list now and then
        lead = f"For example, the {names['service']} may process:"
        items = rng.sample([item for group in DATA.values() for item in group], rng.randint(3, 5))
        return " ".join(sentences) + "\n\n" + lead + "\n\n" + "\n".join(f"- {i}" for i in items)
    return " ".join(sentences)


def _section_text(
    rng: random.Random, topic: str, names: dict[str, str], min_chars: int
) -> tuple[str, str]:
    titles, templates = TOPICS[topic]
    paragraphs: list[str] = []
    while sum(len(p) for p in paragraphs) < min_chars:
        paragraphs.append(_paragraph(rng, templates, names))
    return rng.choice(titles), "\n\n".join(paragraphs)


def generate_policy(
    seed: int,
    *,
    sections: int | None = None,
    target_chars: int | None = None,
    section_chars: int = 450,
) -> str:
    """One policy: a title, an intro, then `sections` sections (or enough sections to
    reach `target_chars`), each at least `section_chars` characters of body text.

    With the default `section_chars` and no `target_chars`, `split_policy` gives one
    chunk per section (the short intro joins the first), so `sections` sets the calls.
    """
    rng = random.Random(seed)
    company = rng.choice(COMPANIES)
    kind = rng.choice(KINDS)
    domain = company.lower().replace(" ", "") + rng.choice((".com", ".io", ".app", ".net"))
    names = {
        "company": company,
        "service": kind,
        "email": f"{rng.choice(('privacy', 'dpo', 'support', 'legal'))}@{domain}",
        "url": f"https://{domain}/privacy/requests",
        "country_hq": rng.choice(COUNTRIES),
    }
    style = rng.choice(HEADING_STYLES)
    title = f"{company} Privacy Policy"
    lines = [f"# {title}" if style == "atx" else title, ""]
    lines.append(f"Last updated: {rng.randint(1, 28)} March {rng.randint(2019, 2025)}")
    lines.append("")
    lines.append(
        f"This policy explains how {company} handles personal data when you use our {kind}."
    )
    topics = list(TOPIC_ORDER)
    if sections is None and target_chars is None:
        sections = rng.randint(4, len(topics))
    number = 0
    length = sum(len(line) + 1 for line in lines)
    while (sections is not None and number < sections) or (
        sections is None and target_chars is not None and length < target_chars
    ):
        topic = topics[number % len(topics)]
        if number and number % len(topics) == 0:
            rng.shuffle(topics)
        number += 1
        heading, body = _section_text(rng, topic, names, section_chars)
        if number > len(topics):  # a long policy: later sections get sub-titles
            heading = f"{heading} ({rng.choice(('continued', 'details', 'more', 'other cases'))})"
        block = f"\n{_heading(heading, style, number)}\n\n{body}\n"
        lines.append(block)
        length += len(block) + 1
    return "\n".join(lines).rstrip() + "\n"


def generate_corpus(
    count: int,
    *,
    seed: int = 0,
    sections: int | tuple[int, int] | None = None,
    target_chars: int | None = None,
) -> list[tuple[str, str]]:
    """`count` policies as (id, text). `sections` may be a (low, high) range."""
    rng = random.Random(seed)
    corpus = []
    for number in range(count):
        wanted = rng.randint(*sections) if isinstance(sections, tuple) else sections
        text = generate_policy(rng.randrange(2**31), sections=wanted, target_chars=target_chars)
        corpus.append((f"synthetic-{number:04d}", text))
    return corpus


def write_corpus(corpus: list[tuple[str, str]], out: Path) -> None:
    """Write JSONL (when `out` ends in .jsonl) or one .txt file per policy in a directory."""
    if out.suffix == ".jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as handle:
            for policy_id, text in corpus:
                handle.write(json.dumps({"id": policy_id, "text": text}) + "\n")
        return
    out.mkdir(parents=True, exist_ok=True)
    for policy_id, text in corpus:
        (out / f"{policy_id}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic privacy-policy corpus.")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sections", type=int, default=None, help="sections per policy")
    parser.add_argument("--chars", type=int, default=None, help="target characters per policy")
    parser.add_argument("--out", type=Path, required=True, help="a .jsonl file or a directory")
    args = parser.parse_args()
    corpus = generate_corpus(
        args.count, seed=args.seed, sections=args.sections, target_chars=args.chars
    )
    write_corpus(corpus, args.out)
    size = sum(len(text) for _, text in corpus)
    print(f"{len(corpus)} policies, {size:,} characters -> {args.out}")


if __name__ == "__main__":
    main()
