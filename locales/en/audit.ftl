# audit: en
audit-title = Audit log
audit-when = When
audit-actor = Who
audit-action = Action
audit-entity = Record
audit-summary = Summary
audit-change = Change
audit-show-change = Before and after
audit-before = Before
audit-after = After
audit-system = system
audit-empty = No recorded change matches.
activity-title = Public activity
activity-lead = What the network has decided and done, as it happens.
activity-feed-link = Subscribe (Atom feed)
activity-empty = Nothing has been published yet.
