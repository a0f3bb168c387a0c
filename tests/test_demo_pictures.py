"""The demo's drawn pictures (portal/demo/pictures.py): each challenge and each territory
has its own, the same on every load, with the subject in its focal point and an
alternative text that says what it shows."""

from pathlib import Path

from portal.demo import pictures
from portal.demo.facts import read
from stories import demo as stories_demo

DEMO = Path(stories_demo.__file__).parent


def test_each_challenge_has_its_motif_and_each_territory_its_landscape():
    challenges = read(DEMO / "challenges.yaml", stories_demo.Challenges).challenges
    territories = read(DEMO / "territories.yaml", stories_demo.Territories).territories
    assert len({item.motif for item in challenges}) == len(challenges)
    assert len({item.landscape for item in territories}) == len(territories)


def test_two_challenges_look_different_and_a_picture_is_the_same_on_every_load():
    books, _ = pictures.scene(300, 200, "books", "region", key="a")
    again, _ = pictures.scene(300, 200, "books", "region", key="a")
    house, _ = pictures.scene(300, 200, "house", "region", key="a")
    assert books.tobytes() == again.tobytes()
    assert books.tobytes() != house.tobytes()


def test_the_focal_point_holds_the_motif():
    """The focal box is a part of the picture (not all of it), and the motif is in it."""
    for variant in range(3):
        books, (x, y, w, h) = pictures.scene(600, 400, "books", "coast", variant, key="k")
        tools, _ = pictures.scene(600, 400, "tools", "coast", variant, key="k")
        assert w * h < 600 * 400 / 2
        box = (x, y, x + w, y + h)
        assert books.crop(box).tobytes() != tools.crop(box).tobytes()
    portrait, (x, y, w, h) = pictures.portrait(400, 400, "terrils", key="p")
    assert portrait.size == (400, 400)
    assert w * h < 400 * 400 / 2


def test_alternative_texts_say_what_the_picture_shows_in_both_languages():
    assert pictures.describe("books", "coast", "fr") == (
        "une pile de livres et une toque de diplômé devant la côte, ses dunes, la mer et un phare"
    )
    assert pictures.describe("books", "coast", "en").startswith("a stack of books")
    assert "silhouette" in pictures.describe_portrait("skyline", "fr")
