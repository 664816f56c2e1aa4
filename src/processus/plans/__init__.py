"""Plan links explained and the coverage they give.

A transparent classifier (:mod:`.classifier`) suggests links from meetings to the
areas, objectives and actions of the plan in force, each with its score and its
reason; editors confirm, reject or add them (:mod:`.operations`); coverage
(:mod:`.coverage`) counts what meetings addressed in any period.
"""
