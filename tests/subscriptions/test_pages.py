"""Following from the pages: double opt-in, one-click unsubscribe, my subscriptions, the feed."""

from __future__ import annotations

import feedparser
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from processus.kb.operations import correct_meeting
from processus.subscriptions import operations, tokens
from processus.subscriptions.models import Subscription
from tests.subscriptions.conftest import links, path_of

FOLLOW = "/subscriptions/follow/"


def _signed_in(email: str = "nfp@example.org") -> Client:
    client = Client()
    user = get_user_model().objects.create_user("nfp", email=email, password="nfp-pass-1234")
    client.force_login(user)
    return client


def test_a_visitor_confirms_by_the_emailed_link_before_anything_is_sent(
    world, editor, anon_client, mailoutbox
):
    response = anon_client.post(FOLLOW, {"country": world.morocco.key, "email": "ana@example.org"})
    assert response.status_code == 200
    assert "a confirmation link is on its way" in response.content.decode()
    assert len(mailoutbox) == 1
    subscription = Subscription.objects.get()
    assert not subscription.active
    correct_meeting(world.som, editor, {"participants": 140}, "")
    operations.notify()
    assert len(mailoutbox) == 1  # nothing before confirmation
    confirm = [u for u in links(mailoutbox[0].body) if "/confirm/" in u]
    assert len(confirm) == 1
    page = anon_client.get(path_of(confirm[0]))
    assert page.status_code == 200
    assert "ana@example.org now follows Morocco." in page.content.decode()
    subscription.refresh_from_db()
    assert subscription.active
    correct_meeting(world.som, editor, {"participants": 150}, "")
    operations.notify()
    assert len(mailoutbox) == 2
    assert mailoutbox[1].to == ["ana@example.org"]


def test_a_tampered_confirmation_link_is_refused(world, anon_client):
    subscription = Subscription.objects.create(
        email="ana@example.org", target="dialogue", dialogue=world.rabat
    )
    token = tokens.confirm_token(subscription.pk)
    response = anon_client.get(reverse("subscriptions:confirm", args=[token[:-2] + "xx"]))
    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()
    subscription.refresh_from_db()
    assert not subscription.active


def test_unsubscribing_needs_no_sign_in_and_a_second_click_is_harmless(world, anon_client, follow):
    subscription = follow("ana@example.org", "dialogue", world.rabat)
    url = reverse("subscriptions:unsubscribe", args=[tokens.unsubscribe_token(subscription.pk)])
    first = anon_client.get(url)
    assert first.status_code == 200
    assert "ana@example.org no longer follows Rabat Process." in first.content.decode()
    assert "no-store" in first["Cache-Control"]
    second = anon_client.get(url)
    assert second.status_code == 200
    assert (
        "had already stopped following Rabat Process. Nothing changed." in second.content.decode()
    )
    one_click = anon_client.post(url)
    assert one_click.status_code == 200
    subscription.refresh_from_db()
    assert subscription.unsubscribed_at is not None


def test_an_unsubscribe_token_cannot_confirm(world, anon_client):
    subscription = Subscription.objects.create(
        email="ana@example.org", target="dialogue", dialogue=world.rabat
    )
    token = tokens.unsubscribe_token(subscription.pk)
    assert anon_client.get(reverse("subscriptions:confirm", args=[token])).status_code == 400


def test_a_signed_in_user_follows_at_once_and_sees_and_stops_it(world, mailoutbox):
    client = _signed_in()
    response = client.post(FOLLOW, {"objective": world.objective_1.pk})
    assert response.status_code == 302
    assert mailoutbox == []
    subscription = Subscription.objects.get()
    assert subscription.active and subscription.email == "nfp@example.org"
    page = client.get(reverse("subscriptions:mine")).content.decode()
    assert "Cadiz Action Plan · objective 1 — Root causes" in page
    assert "/feed.atom" in page
    client.post(reverse("subscriptions:stop", args=[subscription.pk]))
    subscription.refresh_from_db()
    assert not subscription.active


def test_someone_elses_subscription_cannot_be_stopped(world, follow):
    other = follow("ana@example.org", "dialogue", world.rabat)
    response = _signed_in().post(reverse("subscriptions:stop", args=[other.pk]))
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.active


def test_the_follow_form_names_what_is_wrong(world, anon_client):
    unknown = anon_client.get(FOLLOW, {"country": "atlantis"})
    assert unknown.status_code == 400
    assert "There is no country with this key." in unknown.content.decode()
    two = anon_client.post(
        FOLLOW, {"country": world.morocco.key, "dialogue": world.rabat.key, "email": "a@b.org"}
    )
    assert two.status_code == 400
    assert "Choose one thing to follow" in two.content.decode()
    no_email = anon_client.post(FOLLOW, {"country": world.morocco.key})
    assert no_email.status_code == 400
    assert not Subscription.objects.exists()


def test_pages_link_to_the_follow_form(world, anon_client):
    actor = anon_client.get(reverse("web:actor", args=[world.morocco.key])).content.decode()
    assert f'href="{FOLLOW}?country=ma">Follow Morocco</a>' in actor
    meeting = anon_client.get(reverse("web:meeting", args=[world.som.pk])).content.decode()
    assert f'href="{FOLLOW}?dialogue=rabat-process">Follow Rabat Process</a>' in meeting
    plan = anon_client.get(reverse("web:plan", args=[world.plan.key])).content.decode()
    assert f'href="{FOLLOW}?objective={world.objective_1.pk}"' in plan


def test_the_feed_parses_and_lists_the_news(world, editor, follow, anon_client):
    follow("ana@example.org", "dialogue", world.rabat)
    correct_meeting(world.som, editor, {"participants": 140}, "")
    operations.notify()
    response = anon_client.get(
        reverse("subscriptions:feed", args=[tokens.feed_token("ana@example.org")])
    )
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    assert feed.feed.title == "Processus: the meetings you follow"
    assert [e.title for e in feed.entries] == [
        "Senior Officials' Meeting, Rabat, 2024-06-12 — changed"
    ]
    assert feed.entries[0].link.endswith(f"/meetings/{world.som.pk}/")
    other = anon_client.get(
        reverse("subscriptions:feed", args=[tokens.feed_token("bob@example.org")])
    )
    assert feedparser.parse(other.content).entries == []
    assert anon_client.get("/subscriptions/not-a-token/feed.atom").status_code == 404


def test_every_page_links_to_following_and_to_my_subscriptions(world, anon_client):
    assert f'<a href="{FOLLOW}">Follow the dialogue</a>' in anon_client.get("/").content.decode()
    page = _signed_in().get("/").content.decode()
    assert '<a href="/subscriptions/">My subscriptions</a>' in page
