"""Create the admin account if it does not exist, and print how to log in.

The generated password is kept in var/admin-password (git-ignored, readable by its
owner only) so that every `make run` can print it again; an account whose password
was changed since is kept as it is.
"""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

PASSWORD_FILE = settings.BASE_DIR / "var" / "admin-password"


class Command(BaseCommand):
    help = "Create an admin account (kept if it exists) and print its credentials."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("ADMIN_USERNAME", "admin"))
        parser.add_argument("--password", default=os.environ.get("ADMIN_PASSWORD"))

    def handle(self, *args, username, password, **options):
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            password = password or secrets.token_urlsafe(12)
            User.objects.create_superuser(
                username=username, email="admin@hautslesjeunes.org", password=password
            )
            PASSWORD_FILE.parent.mkdir(parents=True, exist_ok=True)
            PASSWORD_FILE.write_text(password)
            PASSWORD_FILE.chmod(0o600)
            self.stdout.write(self.style.SUCCESS("Admin account created."))
        else:
            saved = PASSWORD_FILE.read_text() if PASSWORD_FILE.exists() else None
            password = saved if saved and user.check_password(saved) else None
            self.stdout.write("Admin account already exists: kept as it is.")
        shown = password or "(unchanged: the one you chose)"
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  "
                f"username: {username}  password: {shown}"
            )
        )
