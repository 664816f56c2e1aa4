from __future__ import annotations

from django.urls import path

from processus.subscriptions import views

app_name = "subscriptions"
urlpatterns = [
    path("subscriptions/", views.mine, name="mine"),
    path("subscriptions/follow/", views.follow, name="follow"),
    path("subscriptions/<int:pk>/stop/", views.stop, name="stop"),
    path("subscriptions/confirm/<str:token>/", views.confirm, name="confirm"),
    path("subscriptions/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("subscriptions/<str:token>/feed.atom", views.feed, name="feed"),
]
