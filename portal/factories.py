"""Factories (factory_boy + wagtail-factories) for what every app stands on: locales, the
site and its settings, images, the StreamField blocks of `portal.blocks`, the base of
every page, and translations. The tests and the demo build their content with them.

Defaults are French (the site's first language); `translate()` makes the English version.
"""

import factory
import wagtail_factories
from django.db import transaction
from factory.django import DjangoModelFactory
from wagtail import blocks as wagtail_blocks
from wagtail.models import Collection, DraftStateMixin, Locale, Orderable, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from portal import blocks
from portal.models import SiteSettings

# Locales, site, settings ------------------------------------------------------------------


class LocaleFactory(DjangoModelFactory):
    language_code = "fr"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


def locales():
    """The site's two locales, French (the default) and English, created if missing."""
    return LocaleFactory(language_code="fr"), LocaleFactory(language_code="en")


def root_page():
    return Page.get_first_root_node()


class SiteFactory(DjangoModelFactory):
    """The default site (localhost:80), pointed at `root_page` (a home page)."""

    hostname = "localhost"
    port = 80
    site_name = "Hauts les jeunes"
    is_default_site = True
    root_page = None

    class Meta:
        model = Site

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # One default site: the one Wagtail's migrations made is taken over, and the
        # placeholder page it served ("Welcome to your new Wagtail site!") removed.
        site = model_class.objects.filter(is_default_site=True).first() or model_class()
        previous_root = site.root_page if site.pk else None
        for name, value in kwargs.items():
            setattr(site, name, value)
        site.save()
        placeholder = previous_root and previous_root.specific_class is Page
        if placeholder and previous_root.pk != site.root_page.pk:
            previous_root.delete()
        return site


class SiteSettingsFactory(DjangoModelFactory):
    """The site settings of the default site (the existing row, updated, if there is one)."""

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    contact_email = "contact@hautslesjeunes.org"
    donation_url = ""
    footer_text_fr = "Hauts les jeunes, une communauté d'acteurs des Hauts-de-France."
    footer_text_en = "Hauts les jeunes, a community of actors in Hauts-de-France."

    class Meta:
        model = SiteSettings

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        settings = model_class.for_site(kwargs.pop("site"))
        for name, value in kwargs.items():
            setattr(settings, name, value)
        settings.save()
        return settings


# Images -----------------------------------------------------------------------------------


class ImageFactory(wagtail_factories.ImageFactory):
    """An image in the root collection, with a real (small) JPEG file, so renditions work."""

    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Illustration {n}")
    description = "Des jeunes et leurs parrains autour d'une table"
    file = factory.django.ImageField(
        width=320, height=200, color="teal", format="JPEG", filename="illustration.jpg"
    )


# StreamField blocks (the shapes of portal.blocks) -------------------------------------------


class RichTextBlockFactory(wagtail_factories.blocks.BlockFactory):
    """The `paragraph` block: `story__0__paragraph__value="<p>...</p>"`."""

    value = "<p>Hauts les jeunes réunit associations, entreprises et acteurs publics.</p>"

    class Meta:
        model = wagtail_blocks.RichTextBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        # The base class would clean() it as form input; HTML source is normalized instead.
        return block_class().normalize(kwargs["value"])


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Sequence(lambda n: f"Intertitre {n}")
    level = "h2"

    class Meta:
        model = blocks.HeadingBlock


class StoryImageBlockFactory(wagtail_factories.StructBlockFactory):
    image = factory.SubFactory(
        wagtail_factories.ImageBlockFactory,
        image__image=factory.SubFactory(ImageFactory),
        decorative=False,
        alt_text="Des jeunes dans un atelier de découverte des métiers",
    )
    caption = "Atelier de découverte des métiers, Roubaix"
    credit = "Hauts les jeunes"

    class Meta:
        model = blocks.StoryImageBlock


class QuoteBlockFactory(wagtail_factories.StructBlockFactory):
    quote = "Je me suis ouvert aux autres et je prends plus facilement la parole."
    attribution = "Yacine, 19 ans"

    class Meta:
        model = blocks.QuoteBlock


class KeyFigureBlockFactory(wagtail_factories.StructBlockFactory):
    number = "2 873"
    unit = ""
    label = "personnes accompagnées"
    source = "Call & Care, département du Nord"

    class Meta:
        model = blocks.KeyFigureBlock


class KeyFiguresBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Chiffres clés"
    figures = wagtail_factories.ListBlockFactory(KeyFigureBlockFactory)

    class Meta:
        model = blocks.KeyFiguresBlock


class TableRowBlockFactory(wagtail_factories.StructBlockFactory):
    cells = wagtail_factories.ListBlockFactory(wagtail_factories.CharBlockFactory)

    class Meta:
        model = blocks.TableRowBlock


class TableBlockFactory(wagtail_factories.StructBlockFactory):
    caption = "Jeunes rencontrés et accompagnés"
    headers = wagtail_factories.ListBlockFactory(wagtail_factories.CharBlockFactory)
    rows = wagtail_factories.ListBlockFactory(TableRowBlockFactory)
    source = ""

    class Meta:
        model = blocks.TableBlock


class TimelineItemBlockFactory(wagtail_factories.StructBlockFactory):
    date = "21 mars 2024"
    title = "Lancement de Hauts les jeunes"
    text = ""

    class Meta:
        model = blocks.TimelineItemBlock


class TimelineBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Le premier cycle"
    items = wagtail_factories.ListBlockFactory(TimelineItemBlockFactory)

    class Meta:
        model = blocks.TimelineBlock


class GalleryImageBlockFactory(wagtail_factories.StructBlockFactory):
    image = factory.SubFactory(
        wagtail_factories.ImageBlockFactory,
        image__image=factory.SubFactory(ImageFactory),
        decorative=False,
        alt_text="Des jeunes sur un terrain de rugby",
    )
    caption = ""

    class Meta:
        model = blocks.GalleryImageBlock


class GalleryBlockFactory(wagtail_factories.StructBlockFactory):
    title = "En images"
    images = wagtail_factories.ListBlockFactory(GalleryImageBlockFactory)

    class Meta:
        model = blocks.GalleryBlock


class CallToActionBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Rejoignez la soirée de soutien"
    text = "Une soirée ouverte à tous pour donner aux projets un élan durable."
    button_label = "Je m'inscris"
    page = None
    url = "https://www.example.org/soiree"

    class Meta:
        model = blocks.CallToActionBlock


class VideoLinkBlockFactory(wagtail_factories.StructBlockFactory):
    url = "https://video.example.org/bilan-fijem"
    title = "Le bilan de la première année du FIJeM"
    poster = None
    duration = "3 min"

    class Meta:
        model = blocks.VideoLinkBlock


class StoryBlockFactory(wagtail_factories.StreamBlockFactory):
    """`story__0="paragraph"`, `story__1__heading__text="..."`, `story__2__table__rows__0__
    cells__0="..."`: wagtail-factories' syntax for the blocks of a story body."""

    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(RichTextBlockFactory)
    image = factory.SubFactory(StoryImageBlockFactory)
    quote = factory.SubFactory(QuoteBlockFactory)
    key_figures = factory.SubFactory(KeyFiguresBlockFactory)
    table = factory.SubFactory(TableBlockFactory)
    timeline = factory.SubFactory(TimelineBlockFactory)
    gallery = factory.SubFactory(GalleryBlockFactory)
    call_to_action = factory.SubFactory(CallToActionBlockFactory)
    video_link = factory.SubFactory(VideoLinkBlockFactory)

    class Meta:
        model = blocks.StoryBlock


class FiguresBlockFactory(wagtail_factories.StreamBlockFactory):
    figure = factory.SubFactory(KeyFigureBlockFactory)
    table = factory.SubFactory(TableBlockFactory)

    class Meta:
        model = blocks.FiguresBlock


# Pages ------------------------------------------------------------------------------------


def number_rows(values):
    """Inline rows (`Orderable`) keep the order they are given in, numbered as the admin's
    forms number them: without a `sort_order`, PostgreSQL returns them in any order."""
    for value in values.values():
        if isinstance(value, list | tuple):
            for position, row in enumerate(value):
                if isinstance(row, Orderable) and row.sort_order is None:
                    row.sort_order = position


class PortalPageFactory(wagtail_factories.PageFactory):
    """Base of the page factories: a live page under `parent`, published through a
    revision (as an editor would), in the parent's locale. `publish=False` skips the
    revision (a live page without history, for bulk data)."""

    title = factory.Sequence(lambda n: f"Page {n}")
    summary = "Un résumé d'une ou deux phrases, montré dans les listes."
    live = True

    class Meta:
        abstract = True
        skip_postgeneration_save = True  # publishing saves the page

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        number_rows(kwargs)
        return super()._create(model_class, *args, **kwargs)

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        if create and extracted is not False:
            page.save_revision().publish()
            page.refresh_from_db()  # publish() saved a copy: dates and revision are on it


# Translations -----------------------------------------------------------------------------


@transaction.atomic
def translate(instance, language="en", **values):
    """The published translation of a page or snippet in `language`, made with
    wagtail-localize (editors find it in the translation editor), with `values` (e.g. the
    English title, slug and texts). Text fields go in as translated strings, so a later
    synchronisation keeps them; other values (StreamFields, links) are set on the
    translation. What it links to (a project's territories) is translated first, as the
    admin's "Translate" action does. Returns the translation (updated if it existed)."""
    locale = LocaleFactory(language_code=language)
    if isinstance(instance, Page):
        instance = instance.specific
    # The source is read again: a translation made earlier follows the latest French content.
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    if instance.get_translation_or_none(locale) is None:
        for segment in source.relatedobjectsegment_set.all():
            related = segment.object.get_instance(instance.locale)
            if related.get_translation_or_none(locale) is None:
                translate(related, language)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    others = dict(values)
    if values:
        po = translation.export_po()
        for entry in po:
            if isinstance(values.get(entry.msgctxt), str):
                entry.msgstr = values[entry.msgctxt]
                others.pop(entry.msgctxt, None)
        translation.import_po(po, tool_name="factories")
    # Pages are published here rather than by wagtail-localize, which publishes them when
    # the transaction commits: inside a test's transaction that would never happen.
    translation.save_target(publish=not isinstance(instance, DraftStateMixin))
    target = instance.get_translation(locale)
    if isinstance(target, Page):
        target.specific.get_latest_revision().publish()
        target = target.specific_class.objects.get(pk=target.pk)
    number_rows(others)
    for name, value in others.items():
        setattr(target, name, value)
    if others:
        if isinstance(target, Page):
            target.save_revision().publish()
            target.refresh_from_db()
        else:
            target.save()
    return target
