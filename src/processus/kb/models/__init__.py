"""Models of the knowledge base, one module per part of the domain."""

from processus.kb.models.actors import (
    Actor,
    ActorAlias,
    ActorKind,
    Chairmanship,
    Dialogue,
    Membership,
    ReferenceCountry,
)
from processus.kb.models.changes import RecordChange, RecordGeneration
from processus.kb.models.documents import Document, DocumentBand
from processus.kb.models.frameworks import Action, Area, Framework, MeetingLink, Objective
from processus.kb.models.history import MeetingChange, MeetingRedirect
from processus.kb.models.meetings import (
    Evidence,
    Meeting,
    MeetingRole,
    Outcome,
)
from processus.kb.models.mentions import MeetingMention

__all__ = [
    "Action",
    "Actor",
    "ActorAlias",
    "ActorKind",
    "Area",
    "Chairmanship",
    "Dialogue",
    "Document",
    "DocumentBand",
    "Evidence",
    "Framework",
    "Meeting",
    "MeetingChange",
    "MeetingLink",
    "MeetingMention",
    "MeetingRedirect",
    "MeetingRole",
    "Membership",
    "Objective",
    "Outcome",
    "RecordChange",
    "RecordGeneration",
    "ReferenceCountry",
]
