nav-reports = Progress reports
progress-percent = { $value } %
responsible-secretariat = The secretariat
responsible-member = A member
report-state-pending = Waiting for the secretariat
report-state-accepted = Accepted
report-state-returned = Returned
plan-title = Implementation
plan-empty = No action has been planned for this text yet.
plan-progress = Overall progress:
action-new = Add an action
action-new-child = Add a sub-action
action-edit = Change this action
action-save = Save the action
action-title = Action
hint-action-title = In at least one language; the one of this page is the original when you fill it in.
action-place = Place in the plan
action-parent = Part of
hint-action-parent = A project holds its sub-actions; its progress is computed from theirs.
action-parent-none = Nothing: a top-level action of the text
action-external-id = External reference
hint-action-external-id = Optional. The key a spreadsheet of updates names this action by, such as HEB-ROADS-01.
action-responsible = Responsible
action-responsible-kind = Who carries it out
action-member = Member responsible
hint-action-member = Required when a member carries it out; its focal point will report progress.
action-member-none = No member
action-status = Status
action-progress = Progress
hint-action-progress = From 0 to 100. Leave empty to take the status's usual progress.
action-progress-computed = (computed from its sub-actions by weight)
action-weight = Weight
hint-action-weight = How much it counts in its parent's progress, from 1 to 1000 (1 if empty).
action-starts-on = Starts on
action-due-on = Due on
action-overdue = Overdue
action-children = Sub-actions
timeline-title = What happened
timeline-empty = Nothing has been recorded yet.
progress-record = Record what happened
progress-happened-on = Date
progress-note = What happened
hint-progress-optional = Optional: the new progress, from 0 to 100.
progress-status-unchanged = Status unchanged
progress-record-submit = Record it
reports-title = Progress reports
reports-lead-secretariat = Reports that members' focal points sent on their actions. Accepting one updates the action; returning one tells the focal point why.
reports-lead-member = The actions your member is responsible for, and the reports you sent on them.
reports-my-actions = Your member's actions
reports-no-actions = No action has been assigned to your member yet.
reports-sent = Reports
reports-empty = No report yet.
report-send-title = Report progress
hint-report = The secretariat reads your report before the action changes.
hint-progress = From 0 to 100.
report-note = What was done
report-send = Send the report
report-progress-was = Progress reported: { $value } %
report-accept = Accept
report-return = Return it
report-return-reason = Reason for returning it
hint-report-return-reason = The focal point reads it in an email.
report-returned-because = Returned:
error-title-one-language = Give the title in at least one language.
error-external-id = Use letters, digits, hyphens, underscores, dots and slashes only.
error-external-id-taken = Another action already has this external reference.
error-responsible-member = Choose the member responsible.
error-progress = Enter a whole number from 0 to 100.
error-weight = Enter a whole number from 1 to 1000.
error-due-before-start = The due date cannot come before the start.
error-date-future = This date has not come yet.
error-action-cycle = An action cannot be part of itself or of one of its sub-actions.
error-action-closed = This action is closed: it no longer takes reports.
error-report-decided = This report was already decided. Reload the page to see how.
email-report-returned-subject = Report returned: { $reference } { $action }
email-report-returned-body =
    The secretariat returned your progress report on "{ $action }" ({ $reference }):

    { $reason }

    You can send a new report here:
    { $link }
dashboard-link = Where their implementation stands: the dashboard
dashboard-title = Implementation dashboard
dashboard-lead = Where the plans of the published texts stand: their progress by theme, their actions' progress by the conference edition that adopted or renewed them, and their actions by status.
dashboard-figures = The figures
dashboard-texts = Published texts
dashboard-actions-title = Actions
dashboard-actions =
    { PLURAL($count) ->
        [one] One action
       *[other] { $count } actions
    }
dashboard-by-theme = Progress by theme
dashboard-by-edition = Progress by conference edition
dashboard-by-status = Actions by status
email-action-overdue-subject = Overdue: { $action } ({ $reference })
email-action-overdue-body =
    "{ $action }" ({ $reference }), which your member is responsible for, was due on { $due }.

    Tell the secretariat where it stands by sending a progress report:
    { $link }
dashboard-download = Every action of every published text, to download:
feed-title = Sumud: texts published and their progress
feed-text-published = Published: { $reference } { $title }
feed-progress = Progress: { $action } ({ $reference }) at { $value } %
dashboard-feed = Follow publications and progress (Atom feed)
bulk-title = Update actions from a spreadsheet
bulk-lead = Upload a CSV with one line per action, named by its external reference. You first see what every line would change and which lines cannot be applied; nothing changes until you apply it, and then all of it changes at once.
bulk-columns-title = Columns
bulk-column-external-id = required: the action's external reference, such as HEB-ROADS-01
bulk-column-progress = optional: the new progress, from 0 to 100
bulk-column-status = optional: the short name of a status of the list (Action statuses), such as in-progress or completed
bulk-column-due-on = optional: the new due date, as YYYY-MM-DD
bulk-column-happened-on = optional: when it happened, as YYYY-MM-DD (today if empty)
bulk-column-note = optional: what happened, for the action's timeline
bulk-file = The CSV file
hint-bulk-file = Saved as "CSV UTF-8" from a spreadsheet program, with the column names on the first line.
bulk-paste = Or paste its text
hint-bulk-paste = Used when no file is chosen.
bulk-check = Check what it would change
bulk-summary = { $lines } lines read: { $changes } would change an action, { $unchanged } change nothing, { $problems } cannot be applied.
bulk-problems-title = Lines that cannot be applied
bulk-problems-lead = Correct them in the spreadsheet and upload it again: nothing is applied while one line is refused.
bulk-line = Line
bulk-column = Column
bulk-reason = Reason
bulk-changes-title = What would change
bulk-from-to = { $before } → { $after }
bulk-apply = Apply all these changes
bulk-applied =
    { PLURAL($count) ->
        [one] Applied: one action changed, on
       *[other] Applied: { $count } actions changed, on
    }
bulk-default-note = Updated from the spreadsheet { $file }.
error-bulk-unreadable = This line cannot be read as CSV (check its quotes).
error-bulk-column-twice = This column appears twice.
error-bulk-unknown-column = Unknown column: use the names listed above.
error-bulk-no-key = The external_id column is missing.
error-bulk-too-long = The spreadsheet has more than 5,000 lines: split it.
error-bulk-duplicate = This action already appears on an earlier line.
error-bulk-unknown-action = No action has this external reference.
error-bulk-unknown-status = Unknown status: use the short name of a status of the list (Action statuses), such as in-progress.
error-bulk-empty = Choose a file or paste its text.
error-bulk-too-big = The file is too large (900 KB at most).
error-bulk-encoding = The file is not UTF-8: save it as "CSV UTF-8" and upload it again.
error-bulk-applied = This spreadsheet was already applied.
error-bulk-has-problems = Some lines can no longer be applied: reload the page to see them.
dashboard-texts-count =
    { PLURAL($count) ->
        [one] One text
       *[other] { $count } texts
    }
dashboard-planned = { $count } with a plan
dashboard-overdue = { $count } overdue
dashboard-row-count =
    { PLURAL($count) ->
        [one] one text
       *[other] { $count } texts
    }
statuses-title = Action statuses
statuses-lead = The statuses an action may have. A status with a usual progress gives it to the actions set to it (completed: 100 %); one that does not count toward progress (cancelled) leaves its actions out of their project's progress.
status-add = Add a status
status-edit = Correct
status-save = Save the status
status-name = Name
hint-status-slug = For spreadsheets of updates: lower-case letters, digits and hyphens, such as in-progress. It stays once the status is added.
error-status-slug-taken = Another status already has this short name.
error-status-slug-fixed = A status keeps its short name: spreadsheets of updates and the tracker's downloads name it so.
status-default-progress = Usual progress
hint-status-default-progress = From 0 to 100, or empty: an action set to it keeps its own progress.
status-keeps-progress = Its own
status-counts = Counts toward progress
hint-status-counts = Untick for a status such as cancelled: its actions are left out of their project's progress.
status-counts-yes = Yes
status-counts-no = No
action-editions = Adopted or renewed at
plan-by-edition = By conference edition
hint-plan-by-edition = What each edition of the conference adopted or renewed of this plan, and where it stands now. Open one to see its actions.
plan-all-actions = All actions
plan-edition-link = The conference edition
plan-edition-completed =
    { PLURAL($count) ->
        [one] one completed
       *[other] { $count } completed
    }
plan-edition-overdue =
    { PLURAL($count) ->
        [one] one overdue
       *[other] { $count } overdue
    }
