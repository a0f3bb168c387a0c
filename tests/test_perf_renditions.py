"""Renditions are made at deploy (manage.py generate_renditions), never while a visitor waits."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.images import get_image_model

from portal import demo as demo_helpers
from portal import images
from stories.models import ProjectPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

TAG = re.compile(r"{%\s*(?:picture|image|srcset_image)\s+\S+\s+(.*?)%}")


def template_specs():
    """{spec: template} for every image tag of the project's templates."""
    found = {}
    for template in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        for arguments in TAG.findall(template.read_text()):
            filters = []
            for token in arguments.split():
                if "=" in token or token == "as":
                    break
                filters.append(token)
            found[" ".join(filters)] = template.name
    return found


def renditions(image):
    return set(image.renditions.values_list("pk", flat=True))


def generate(*image_ids):
    out = open("/dev/null", "w")  # noqa: SIM115
    call_command("generate_renditions", *map(str, image_ids), stdout=out)


@pytest.fixture
def project_with_new_image(demo):
    image = demo_image("perf-rendition-test")
    project = ProjectPage.objects.live().filter(locale__language_code="fr").first()
    project.image = image
    project.save_revision().publish()
    return project, image


def demo_image(key):
    return demo_helpers.illustration(key, f"Test {key}", "Formes colorées", width=960, height=600)


def test_every_image_spec_of_the_templates_is_listed_in_portal_images():
    specs = template_specs()
    unlisted = {spec: name for spec, name in specs.items() if spec not in images.TEMPLATE_SPECS}
    assert specs, "no image tag found in the templates"
    assert unlisted == {}, "add these specs to portal/images.py"


def test_a_live_page_is_served_with_the_renditions_made_at_deploy(client, project_with_new_image):
    project, image = project_with_new_image
    generate(image.pk)
    made = renditions(image)
    expected = {name for spec in (images.HERO, images.CARD) for name in images.expand(spec)}
    assert expected <= set(image.renditions.values_list("filter_spec", flat=True))

    html = client.get(project.url).content.decode()

    assert renditions(image) == made  # the visit created nothing
    urls = {
        rendition.url for rendition in get_image_model().objects.get(pk=image.pk).renditions.all()
    }
    assert any(url in html for url in urls)


def test_running_it_again_creates_nothing(project_with_new_image):
    _, image = project_with_new_image
    generate(image.pk)
    made = renditions(image)
    generate(image.pk)
    assert renditions(image) == made


def test_images_of_pages_that_are_not_live_are_left_alone(project_with_new_image):
    project, image = project_with_new_image
    project.unpublish()
    generate(image.pk)
    assert renditions(image) == set()


def test_a_listing_reads_its_images_and_renditions_in_two_queries(demo, django_assert_num_queries):
    """Wagtail's prefetch: two queries whatever the number of images, and the page shows
    exactly what rendering each image on its own shows."""
    from django.template import Context, Template

    Image = get_image_model()
    ids = list(Image.objects.order_by("pk").values_list("pk", flat=True)[:6])
    generate(*ids)
    template = Template(
        "{% load wagtailimages_tags %}{% for image in images %}"
        "{% picture image format-{webp,jpeg} fill-{400x267,800x533} %}{% endfor %}"
    )
    expected = template.render(Context({"images": list(Image.objects.filter(pk__in=ids))}))

    for count in (2, 6):
        with django_assert_num_queries(2):
            listed = images.images_with_renditions(ids[:count], images.EVENT_CARD)
            html = template.render(Context({"images": [listed[pk] for pk in ids[:count]]}))
        assert expected.startswith(html) and html.count("<picture") == count


def test_a_page_listing_joins_its_images_and_prefetches_their_renditions(
    demo, django_assert_num_queries
):
    from django.template import Context, Template

    projects = ProjectPage.objects.live().filter(locale__language_code="fr", image__isnull=False)
    generate(*projects.values_list("image_id", flat=True))
    template = Template(
        "{% load wagtailimages_tags %}{% for page in pages %}"
        "{% picture page.image format-{avif,webp,jpeg} fill-{400x267,800x533}-c100 %}{% endfor %}"
    )
    with django_assert_num_queries(2):  # the pages with their images, then the renditions
        listed = list(images.with_renditions(projects.order_by("pk"), "image", images.CARD))
        html = template.render(Context({"pages": listed}))
    assert html.count("<picture") == len(listed) > 3
