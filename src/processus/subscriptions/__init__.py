"""Follow the dialogue: subscriptions to a dialogue, a country, a theme or a plan objective.

A matching meeting announced (or newly recorded), changed, or given outcomes
becomes an :class:`~processus.subscriptions.models.Event`; ``processus notify``
matches events to subscriptions and sends each subscriber one e-mail per run in
their language, with a one-click unsubscribe link. Every subscriber also has a
personal Atom feed. Visitors subscribe by e-mail with a confirmation link
(double opt-in); signed-in users from the "Follow" links and "My subscriptions".
"""
