"""Create, ahead of time, the renditions that live pages show (run it at each deploy).

Which images a live page uses, and where, is read from Wagtail's reference index (fields
and StreamField blocks alike); portal/images.py says which specs each use is rendered with.
Existing renditions are kept, so running it again only fills what is missing.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page, ReferenceIndex

from portal import images


def specs_by_image(image_ids=None):
    """{image id: set of expanded filter specs} for the images that live pages use."""
    image_type = ContentType.objects.get_for_model(get_image_model())
    # The index stores object ids as text.
    live_pages = Page.objects.live().annotate(text_id=Cast("pk", CharField())).values("text_id")
    references = ReferenceIndex.objects.filter(
        to_content_type=image_type,
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=live_pages,
    )
    if image_ids:
        references = references.filter(to_object_id__in=[str(pk) for pk in image_ids])
    wanted = defaultdict(set)
    for image_id, model_path in references.values_list("to_object_id", "model_path").distinct():
        for spec in images.specs_for(model_path):
            wanted[int(image_id)].update(images.expand(spec))
    return wanted


class Command(BaseCommand):
    help = "Create the image renditions used by live pages, so that no visitor waits for one."

    def add_arguments(self, parser):
        parser.add_argument("image_ids", nargs="*", type=int, help="Only these images.")

    def handle(self, *args, image_ids=None, **options):
        wanted = specs_by_image(image_ids)
        Rendition = get_image_model().get_rendition_model()
        before = Rendition.objects.filter(image_id__in=wanted).count()
        queryset = get_image_model().objects.filter(pk__in=wanted).prefetch_renditions()
        for image in queryset.iterator(chunk_size=50):
            try:
                image.get_renditions(*sorted(wanted[image.pk]))
            except SourceImageIOError:
                self.stderr.write(f"Image {image.pk} ({image.title}): its file is missing.")
        created = Rendition.objects.filter(image_id__in=wanted).count() - before
        total = sum(len(specs) for specs in wanted.values())
        self.stdout.write(
            f"{len(wanted)} images used by live pages: {created} renditions created, "
            f"{total - created} already there."
        )
