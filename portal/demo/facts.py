"""The demo's facts: YAML files beside each app's demo, checked against typed schemas
(pydantic), so that a mistake in a file stops the load with one clear message naming the
file, the entry and the key, before anything is written."""

import hashlib
from datetime import time
from pathlib import Path
from typing import Annotated

import yaml
from django.conf import settings
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

LANGUAGES = ("fr", "en")

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
String = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def one_of(choices):
    """A value among a model field's `choices` (the model stays the one list of them)."""
    allowed = [value for value, _label in choices]

    def check(value):
        if value not in allowed:
            raise ValueError(f"{value!r} is not one of: {', '.join(allowed)}")
        return value

    return Annotated[str, AfterValidator(check)]


class DemoFactsError(Exception):
    """A demo file that cannot be read: its message names the file and the entry."""


class Facts(BaseModel):
    """Base of every schema: an unknown key is a typo, and a typo must not pass silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    def fingerprint(self):
        """What the facts were when something was created from them."""
        return hashlib.sha256(self.model_dump_json().encode()).hexdigest()


class Bilingual(Facts):
    """A value in French and in English: `value["fr"]`, `value["en"]`."""

    def __getitem__(self, language):
        return getattr(self, language)


class Translated(Bilingual):
    fr: String
    en: String


def _same_in_both(value):
    # A text written once (a name, a number) is the same in both languages.
    if isinstance(value, str | int):
        return {language: str(value) for language in LANGUAGES}
    return value


Text = Annotated[Translated, BeforeValidator(_same_in_both)]


class TranslatedCell(Translated):
    fr: str = ""
    en: str = ""


Cell = Annotated[TranslatedCell, BeforeValidator(_same_in_both)]  # a table cell may be empty


class Paragraphs(Translated):
    """Paragraphs, one per line (in a folded YAML block, a blank line between them); each
    French paragraph has its English translation at the same place."""

    def __getitem__(self, language):
        return [line.strip() for line in getattr(self, language).splitlines() if line.strip()]

    @model_validator(mode="after")
    def _paired(self):
        if len(self["fr"]) != len(self["en"]):
            raise ValueError(
                f"{len(self['fr'])} paragraphs in French but {len(self['en'])} in English: "
                "each French paragraph needs its English translation"
            )
        return self


class TranslatedList(Bilingual):
    fr: list[String] = Field(min_length=1)
    en: list[String] = Field(min_length=1)

    @model_validator(mode="after")
    def _paired(self):
        if len(self.fr) != len(self.en):
            raise ValueError(f"{len(self.fr)} items in French but {len(self.en)} in English")
        return self


class TranslatedSlug(Bilingual):
    fr: Slug
    en: Slug


def _clock(value):
    # YAML reads an unquoted 18:30 as the number 1110: ask for quotes instead of guessing.
    if not isinstance(value, str):
        raise ValueError('write times in quotes, like "18:30"')
    return value


Clock = Annotated[time, BeforeValidator(_clock)]


class Figure(Facts):
    """A key figure (portal.blocks.KeyFigureBlock), written as each language writes it."""

    number: Text
    unit: Text | None = None
    label: Text
    source: Text | None = None


def read(path, schema):
    """The facts of a YAML file, checked against `schema` (a Facts class)."""
    path = Path(path)
    name = path.relative_to(settings.BASE_DIR) if path.is_relative_to(settings.BASE_DIR) else path
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DemoFactsError(f"{name}: cannot be read: {error}") from error
    try:
        return schema.model_validate(data)
    except ValidationError as error:
        problems = [f"{name}: {_where(data, e['loc'])}: {e['msg']}" for e in error.errors()]
        raise DemoFactsError("\n".join(problems)) from error


def _where(data, location):
    """`projects, entry 3 (passe-decisive), story, en` for a pydantic error location."""
    parts, node = [], data
    for step in location:
        if isinstance(step, int):
            node = node[step] if isinstance(node, list) and step < len(node) else None
            slug = node.get("slug") if isinstance(node, dict) else None
            slug = slug.get("fr") if isinstance(slug, dict) else slug
            parts.append(f"entry {step + 1}" + (f" ({slug})" if slug else ""))
        else:
            node = node.get(step) if isinstance(node, dict) else None
            parts.append(str(step))
    return ", ".join(parts) or "the file"
