"""Subscription pages: follow, confirm, unsubscribe, my subscriptions, the feed.

Thin: every change goes through :mod:`processus.subscriptions.operations`. The
pages reached by a signed link are personal, so none is kept in the page cache
(``never_cache``: ``Cache-Control: private, no-store``).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from processus.subscriptions import mail, operations, tokens
from processus.subscriptions.feeds import SubscriberFeed
from processus.subscriptions.forms import FollowForm
from processus.subscriptions.models import Subscription

feed = never_cache(SubscriberFeed())


@never_cache
@require_http_methods(["GET", "POST"])
def follow(request: HttpRequest) -> HttpResponse:
    """GET shows the form (its target preset from the query: ``?country=sn``); POST follows."""
    signed_in = request.user.is_authenticated
    status = 200
    if request.method == "POST":
        form = FollowForm(request.POST, signed_in=signed_in)
        email = getattr(request.user, "email", "") if signed_in else ""
        if signed_in and not email:
            form.add_error(
                None, _("Your account has no e-mail address: ask the secretariat to add one.")
            )
        if form.is_valid() and not form.non_field_errors():
            data = form.cleaned_data
            subscription, _mailed = operations.subscribe(
                email or data["email"],
                data["target"],
                data["value"],
                get_language() or "en",
                request.user if signed_in else None,
            )
            if signed_in:
                messages.success(
                    request,
                    _("You now follow %(target)s.") % {"target": subscription.target_label},
                )
                return redirect("subscriptions:mine")
            return render(
                request,
                "subscriptions/check_inbox.html",
                {"email": data["email"], "subscription": subscription},
            )
        status = 400
    else:
        form = FollowForm(request.GET or None, signed_in=signed_in)
        if request.GET and not form.is_valid():
            # A preset that cannot be right (an unknown key) is named, with the form.
            status = (
                400
                if any(f in form.errors for f in ("dialogue", "country", "theme", "objective"))
                else 200
            )
    return render(request, "subscriptions/follow.html", {"form": form}, status=status)


@never_cache
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    subscription_id = tokens.read_confirm(token)
    subscription = operations.confirm(subscription_id) if subscription_id else None
    if subscription is None:
        return render(
            request,
            "subscriptions/link_invalid.html",
            {"expired_days": tokens.CONFIRM_DAYS},
            status=400,
        )
    return render(
        request,
        "subscriptions/confirmed.html",
        {
            "subscription": subscription,
            "unsubscribe": mail.unsubscribe_link(subscription),
            "feed": mail.feed_link(subscription.email),
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """One click, no sign-in: GET (the e-mail's link) or POST (mail clients' one-click)."""
    subscription_id = tokens.read_unsubscribe(token)
    subscription, stopped = (
        operations.unsubscribe(subscription_id) if subscription_id else (None, False)
    )
    if subscription is None:
        return render(request, "subscriptions/link_invalid.html", {}, status=400)
    return render(
        request,
        "subscriptions/unsubscribed.html",
        {"subscription": subscription, "stopped": stopped},
    )


def _mine(request: HttpRequest) -> Q:
    email = getattr(request.user, "email", "")
    condition = Q(user=request.user)
    if email:
        condition |= Q(email__iexact=email)
    return condition


@never_cache
@login_required
def mine(request: HttpRequest) -> HttpResponse:
    subscriptions = (
        Subscription.objects.active()
        .filter(_mine(request))
        .select_related("dialogue", "actor", "objective__framework")
    )
    email = getattr(request.user, "email", "")
    return render(
        request,
        "subscriptions/mine.html",
        {
            "subscriptions": subscriptions,
            "form": FollowForm(signed_in=True),
            "feed": mail.feed_link(email) if email else "",
            "email": email,
        },
    )


@login_required
@require_POST
def stop(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = get_object_or_404(Subscription.objects.filter(_mine(request)), pk=pk)
    operations.unsubscribe(subscription.pk)
    messages.success(
        request, _("You no longer follow %(target)s.") % {"target": subscription.target_label}
    )
    return redirect("subscriptions:mine")
