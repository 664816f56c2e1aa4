# Action plans' content (#13): every item carries its source and whether a public
# source establishes it; actions belong to their plan (their objective may be
# unknown); the plan keeps its own count of objectives.

import django.db.models.deletion
from django.db import migrations, models


def actions_join_their_plan(apps, schema_editor):
    Action = apps.get_model("kb", "Action")
    for action in Action.objects.select_related("objective").iterator():
        action.framework_id = action.objective.framework_id
        action.save(update_fields=["framework"])


def _item_fields():
    return [
        (
            "source_url",
            models.URLField(blank=True, max_length=500, verbose_name="source"),
        ),
        (
            "established",
            models.BooleanField(default=False, verbose_name="established by a public source"),
        ),
        (
            "reference_values",
            models.JSONField(
                blank=True,
                default=dict,
                editable=False,
                verbose_name="values last loaded from the reference files",
            ),
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("kb", "0006_meeting_history"),
    ]

    operations = [
        migrations.AddField(
            model_name="framework",
            name="objectives_total",
            field=models.PositiveSmallIntegerField(
                blank=True, null=True, verbose_name="number of objectives"
            ),
        ),
        *[
            migrations.AddField(model_name=model, name=name, field=field)
            for model in ("area", "objective", "action")
            for name, field in _item_fields()
        ],
        migrations.AddField(
            model_name="action",
            name="framework",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="actions",
                to="kb.framework",
            ),
        ),
        migrations.RunPython(actions_join_their_plan, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="action",
            name="framework",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="actions",
                to="kb.framework",
            ),
        ),
        migrations.AlterField(
            model_name="action",
            name="objective",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="actions",
                to="kb.objective",
            ),
        ),
        migrations.AddConstraint(
            model_name="action",
            constraint=models.UniqueConstraint(
                condition=models.Q(objective__isnull=True),
                fields=("framework", "number"),
                name="unique_unplaced_action_number",
            ),
        ),
        migrations.AlterModelOptions(
            name="action",
            options={
                "ordering": ["framework", "position", "number"],
                "verbose_name": "action",
                "verbose_name_plural": "actions",
            },
        ),
    ]
