"""Who may change the record: superusers, staff, and members of the "Editors" group.

Editors correct meetings, their outcomes and links, and merge or split meetings;
they are not staff, so the admin stays closed to them. The group and its
permissions are created by the knowledge base's migration 0006;
:func:`editors_group` makes sure of them again (a database restored from before
it, permissions deleted by hand).
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

#: The group's name, as the admin shows it.
EDITORS_GROUP = "Editors"
#: The permission that makes a user an editor of the record.
EDIT_PERMISSION = "kb.change_meeting"
#: What the group may do (knowledge-base permissions, without the app label).
EDITOR_PERMISSIONS = (
    "view_meeting",
    "change_meeting",
    "view_outcome",
    "add_outcome",
    "change_outcome",
    "delete_outcome",
    "view_meetingchange",
)


def can_edit_record(user: Any) -> bool:
    """Whether ``user`` may change the record (signed in, active, and an editor)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if getattr(user, "pk", None) is None:  # not a stored account
        return False
    return bool(user.is_superuser or user.is_staff or user.has_perm(EDIT_PERMISSION))


def require_editor(user: Any) -> None:
    """Refuse a change by anyone who may not edit (``PermissionError``)."""
    if not can_edit_record(user):
        raise PermissionError("only a signed-in editor can change the record")


def editors_group() -> Group:
    """The Editors group with its permissions (created when missing)."""
    group, _created = Group.objects.get_or_create(name=EDITORS_GROUP)
    wanted = Permission.objects.filter(
        content_type__app_label="kb", codename__in=EDITOR_PERMISSIONS
    )
    missing = set(wanted) - set(group.permissions.all())
    if missing:
        group.permissions.add(*missing)
    return group


def create_editor(username: str, email: str, password: str) -> Any:
    """A new user in the Editors group (not staff: no admin rights)."""
    user = get_user_model().objects.create_user(username, email=email, password=password)
    user.groups.add(editors_group())
    return user
