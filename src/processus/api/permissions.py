"""Who may do what through the API: everybody reads; only editors write.

Editors are the users :func:`processus.kb.operations.can_edit_record` accepts (the
Editors group, staff, superusers), the same who may use the correction form. An
anonymous write is a 401 (with ``WWW-Authenticate: Token``); a signed-in non-editor's a 403.
"""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request

from processus.kb.operations import can_edit_record


class EditorsWriteOthersRead(BasePermission):
    message = "Only editors may change the record."

    def has_permission(self, request: Request, view: Any) -> bool:
        return request.method in SAFE_METHODS or can_edit_record(request.user)
