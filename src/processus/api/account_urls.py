"""The signed-in editor's API token page (under the language prefixes, like every page)."""

from django.urls import path

from processus.api import account

app_name = "api-account"
urlpatterns = [path("account/token/", account.token_page, name="token")]
