"""The follow form: what to follow (one target of a declared kind) and, for visitors, an e-mail."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from processus.kb.models import Actor, Dialogue, Objective
from processus.kb.models.actors import ActorKind
from processus.subscriptions.targets import THEMES, TargetKind


def _themes() -> list[tuple[str, str]]:
    return [("", "—")] + [(number, f"{number}. {label}") for number, label in THEMES.items()]


class ObjectiveChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Objective) -> str:
        title = f"{obj.number}. {obj.display_title}".rstrip(". ")
        return f"{obj.framework.display_name} · {title}"


class FollowForm(forms.Form):
    """Exactly one of ``dialogue``, ``country``, ``theme`` and ``objective``."""

    dialogue = forms.ModelChoiceField(
        label=_("Dialogue"),
        queryset=Dialogue.objects.order_by("name"),
        to_field_name="key",
        required=False,
        error_messages={"invalid_choice": _("There is no dialogue with this key.")},
    )
    country = forms.ModelChoiceField(
        label=_("Country"),
        queryset=Actor.objects.filter(kind=ActorKind.COUNTRY).order_by("name"),
        to_field_name="key",
        required=False,
        error_messages={"invalid_choice": _("There is no country with this key.")},
    )
    theme = forms.ChoiceField(label=_("Thematic domain"), choices=_themes, required=False)
    objective = ObjectiveChoiceField(
        label=_("Action-plan objective"),
        queryset=Objective.objects.select_related("framework").order_by(
            "framework__key", "position", "number"
        ),
        required=False,
        error_messages={"invalid_choice": _("There is no objective with this number.")},
    )
    email = forms.EmailField(label=_("Your e-mail address"), required=False)

    def __init__(self, *args: Any, signed_in: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.signed_in = signed_in
        if signed_in:
            del self.fields["email"]
        else:
            self.fields["email"].required = True

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        chosen = [
            (kind, data.get(name))
            for kind, name in (
                (TargetKind.DIALOGUE, "dialogue"),
                (TargetKind.COUNTRY, "country"),
                (TargetKind.THEME, "theme"),
                (TargetKind.OBJECTIVE, "objective"),
            )
            if data.get(name)
        ]
        if len(chosen) != 1 and not any(
            n in self.errors for n in ("dialogue", "country", "objective")
        ):
            raise forms.ValidationError(
                _(
                    "Choose one thing to follow: a dialogue, a country, a thematic domain or "
                    "an objective."
                )
            )
        if chosen:
            data["target"], data["value"] = chosen[0]
        return data
