"""The "API token" page: a signed-in editor sees their key and can make a new one.

The key is the one ``processus token create USER`` prints (DRF's ``authtoken``: one key
per user). Making a new one invalidates the old at once, for a key that leaked.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from processus.api.tokens import regenerate_token
from processus.kb.operations import can_edit_record


@never_cache
@login_required
def token_page(request: HttpRequest) -> HttpResponse:
    if not can_edit_record(request.user):
        raise PermissionDenied
    from rest_framework.authtoken.models import Token

    if request.method == "POST":
        regenerate_token(request.user)
        messages.success(request, _("A new key was made; the old one no longer works."))
        return redirect("api-account:token")
    token = Token.objects.filter(user=request.user).first()
    return render(request, "api/token.html", {"token": token, "nav_current": ""})
