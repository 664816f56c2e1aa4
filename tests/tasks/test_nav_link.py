"""The site navigation links to the task page for those who may open it, and only for them."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

#: The label of the link in each language, as the French catalogue of processus.tasks says.
LABELS = {"en": "Tasks", "fr": "Tâches"}


def nav_links(client: Client, language: str) -> dict[str, str]:
    """The main navigation's links on the home page, as {address: text}."""
    with translation.override(language):
        home = reverse("web:home")
    response = client.get(home)
    assert response.status_code == 200
    page = response.content.decode()
    nav = re.search(r'<nav class="site-nav".*?</nav>', page, re.S)
    assert nav, "the page has its main navigation"
    return dict(re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav.group(0)))


def task_page(language: str) -> str:
    with translation.override(language):
        return reverse("tasks:list")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_editor_finds_the_tasks_in_the_navigation(editor_client, language) -> None:
    links = nav_links(editor_client, language)
    assert links.get(task_page(language)) == LABELS[language]
    assert editor_client.get(task_page(language)).status_code == 200


@pytest.mark.parametrize("language", ["en", "fr"])
def test_staff_find_the_tasks_in_the_navigation(language) -> None:
    staff = get_user_model().objects.create_user("sam", password="a-long-pass-789", is_staff=True)
    client = Client()
    client.force_login(staff)
    assert nav_links(client, language).get(task_page(language)) == LABELS[language]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_visitor_has_no_link_to_the_tasks(anon_client, language) -> None:
    links = nav_links(anon_client, language)
    assert len(links) >= 7, "the rest of the navigation is there"
    assert task_page(language) not in links
    assert LABELS[language] not in links.values()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_signed_in_reader_who_is_not_an_editor_has_no_link(user_client, language) -> None:
    links = nav_links(user_client, language)
    assert task_page(language) not in links
    assert user_client.get(task_page(language)).status_code == 403


def test_the_link_is_marked_current_on_the_task_page(editor_client) -> None:
    page = editor_client.get(reverse("tasks:list")).content.decode()
    nav = re.search(r'<nav class="site-nav".*?</nav>', page, re.S)
    assert nav
    assert f'<a href="{reverse("tasks:list")}" aria-current="page">Tasks</a>' in nav.group(0)
    assert nav.group(0).count('aria-current="page"') == 1
