"""The default workflow speaks French: the team writes in French, and its name shows in
the admin's buttons ("Soumettre à Relecture avant publication", not "à Moderators
approval"). Workflow and task names are data, not translatable strings."""

from django.db import migrations

NAMES = {
    "Workflow": ("Moderators approval", "Relecture avant publication"),
    "Task": ("Moderators approval", "Relecture par les modérateurs"),
}


def rename(apps, schema_editor, forwards=True):
    for model_name, (english, french) in NAMES.items():
        model = apps.get_model("wagtailcore", model_name)
        old, new = (english, french) if forwards else (french, english)
        model.objects.filter(name=old).update(name=new)


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, forwards=False)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0005_site_settings_legal_notice"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(rename, rename_back)]
