"""The follow-up form of one outcome on the tracker: status, owner, note."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from processus.kb.models import Outcome

#: The statuses an editor sets on the tracker ("not assessed" is only where items start).
FOLLOW_UP_CHOICES = [
    (value, label) for value, label in Outcome.FollowUp.choices if value != Outcome.FollowUp.UNKNOWN
]


class FollowUpForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=FOLLOW_UP_CHOICES)
    owner = forms.CharField(label=_("Owner"), max_length=200, required=False)
    note = forms.CharField(
        label=_("Note"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
