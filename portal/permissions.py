"""Admin permission policies shared by the apps' model viewsets."""

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy


class NoAddPermissionPolicy(ModelPermissionPolicy):
    """Rows that come from the public site (messages, pledges, sign-ups) with a consent or
    a text of their own: the team reads, updates and deletes them, never adds one (the
    admin's add form cannot record a visitor's consent)."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


def forbid_adding(model):
    register_permission_policy(model, NoAddPermissionPolicy(model))
