"""Files attached to applications: a PDF, ODT or DOCX document of bounded size, recognised
by its content (not only its name), stored as a Wagtail document in a collection that only
signed-in editors may open (a collection view restriction: never public)."""

import os
import zipfile

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

MAX_SIZE = 5 * 1024 * 1024  # bytes
EXTENSIONS = ("pdf", "odt", "docx")
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
COLLECTION_NAME = "Candidatures aux appels à projets"

WRONG_TYPE = _(
    "This file is not a PDF, ODT or DOCX document (its content was checked, not only its "
    "name). Please choose a PDF, ODT or DOCX file."
)
TOO_LARGE = _(
    "This file is too large (%(size)s MB): %(max)s MB at most. Please choose a smaller file."
)
EMPTY = _("This file is empty. Please choose another one.")


def kind_of(upload):
    """ "pdf", "odt" or "docx" from the file's first bytes and structure, else None."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if not head.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                with archive.open("mimetype") as member:
                    if member.read(len(ODT_MIMETYPE) + 1).strip() == ODT_MIMETYPE:
                        return "odt"
            if {"[Content_Types].xml", "word/document.xml"} <= names:
                return "docx"
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        return None
    finally:
        upload.seek(0)
    return None


def validate(upload):
    """Raise a ValidationError (in the visitor's language) unless `upload` is safe."""
    if upload.size == 0:
        raise forms.ValidationError(EMPTY, code="empty")
    if upload.size > MAX_SIZE:
        raise forms.ValidationError(
            TOO_LARGE,
            code="too_large",
            params={"size": f"{upload.size / 1024 / 1024:.1f}", "max": MAX_SIZE // 1024 // 1024},
        )
    extension = os.path.splitext(upload.name or "")[1].lower().lstrip(".")
    if extension not in EXTENSIONS or kind_of(upload) != extension:
        raise forms.ValidationError(WRONG_TYPE, code="wrong_type")


def private_collection():
    """The collection of the applications' files, readable only by signed-in users."""
    collection = Collection.objects.filter(name=COLLECTION_NAME).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=COLLECTION_NAME)
    if not CollectionViewRestriction.objects.filter(collection=collection).exists():
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    return collection


def store(upload, title):
    """A Wagtail document holding the upload, in the private collection."""
    extension = os.path.splitext(upload.name)[1].lower()
    upload.name = f"candidature{extension}"  # the visitor's file name is not kept
    document = get_document_model()(title=title[:255], collection=private_collection())
    document.file = upload
    document.file_size = upload.size
    document.save()
    return document
