"""The demo's YAML facts are checked before anything is built: a mistake stops the load with
a message naming the file, the entry and the key."""

import textwrap

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

import stories.demo
from events.demo import Events
from portal.demo.facts import DemoFactsError, read
from stories.demo import Projects

PROJECT = """
index:
  slug: {fr: projets, en: projects}
  title: {fr: Les projets soutenus, en: Supported projects}
  intro: Les projets.
projects:
  - slug: passe-decisive
    programme: call-and-care
    organisation: Sport dans la Ville
    territories: [metropole-lilloise]
    challenges: [training-and-employment]
    title: Passe décisive
    places: Lille
    summary: {fr: Un parcours., en: A course.}
    story:
      fr: >-
        Premier paragraphe.

        Second paragraphe.
      en: >-
        First paragraph.

        Second paragraph.
"""


def write(tmp_path, text, name="projects.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_of(path, schema=Projects):
    with pytest.raises(DemoFactsError) as error:
        read(path, schema)
    return str(error.value)


def test_good_facts_read_in_both_languages(tmp_path):
    project = read(write(tmp_path, PROJECT), Projects).projects[0]
    assert project.title["fr"] == project.title["en"] == "Passe décisive"
    assert project.summary["en"] == "A course."
    assert project.story["fr"] == ["Premier paragraphe.", "Second paragraphe."]
    assert project.story["en"] == ["First paragraph.", "Second paragraph."]


def test_a_missing_translation_names_the_file_the_entry_and_the_key(tmp_path):
    message = error_of(write(tmp_path, PROJECT.replace(", en: A course.}", "}")))
    assert "projects.yaml" in message
    assert "entry 1 (passe-decisive), summary, en" in message
    assert "Field required" in message


def test_a_paragraph_without_its_translation_is_reported(tmp_path):
    message = error_of(write(tmp_path, PROJECT.replace("\n        Second paragraph.", "")))
    assert "entry 1 (passe-decisive), story" in message
    assert "2 paragraphs in French but 1 in English" in message


def test_a_misspelt_key_is_a_mistake_not_a_silence(tmp_path):
    message = error_of(write(tmp_path, PROJECT.replace("places:", "place:")))
    assert "entry 1 (passe-decisive), place: Extra inputs are not permitted" in message
    assert "entry 1 (passe-decisive), places: Field required" in message


def test_a_value_outside_the_model_choices_lists_them(tmp_path):
    message = error_of(write(tmp_path, PROJECT.replace("call-and-care", "call-and-cars")))
    assert (
        "programme" in message and "'call-and-cars' is not one of: call-and-care, fijem" in message
    )


def test_an_unquoted_time_is_not_read_as_a_number(tmp_path):
    events = """
    index: {slug: {fr: agenda, en: events}, title: Agenda, intro: Les temps forts.}
    events:
      - slug: {fr: soiree, en: evening}
        kind: fundraising
        precision: time
        start_date: 2025-03-01
        start_time: 18:30
        title: Soirée
        summary: Une soirée.
        story: Une soirée.
    """
    message = error_of(write(tmp_path, events, "events.yaml"), Events)
    assert "entry 1 (soiree), start_time" in message and 'quotes, like "18:30"' in message


def test_a_file_that_is_not_yaml_is_reported(tmp_path):
    message = error_of(write(tmp_path, "projects: [unclosed"))
    assert "projects.yaml: cannot be read" in message


@pytest.mark.django_db
def test_the_command_stops_before_building_anything(tmp_path, monkeypatch):
    broken = write(tmp_path, PROJECT.replace("programme: call-and-care", "programme: 12"))
    # An absolute name replaces the app's file (a path joined to an absolute one is it).
    monkeypatch.delitem(stories.demo.FACTS, "projects.yaml")
    monkeypatch.setitem(stories.demo.FACTS, str(broken), Projects)
    pages = Page.objects.count()
    with pytest.raises(CommandError) as error:
        call_command("load_demo_content", "--no-renditions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert "The demo's facts need a correction" in str(error.value)
    assert "entry 1 (passe-decisive), programme" in str(error.value)
    assert Page.objects.count() == pages
