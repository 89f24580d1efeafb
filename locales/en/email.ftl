# email: en
email-greeting = Hello { $name },
email-signature = — The Sumud network secretariat
email-invitation-subject = Your Sumud account
email-invitation-body =
    { $inviter } has invited you to Sumud as { $role }.

    Choose your password here (the link is valid for 14 days):
    { $link }
email-reset-subject = Choose a new Sumud password
email-reset-body =
    Someone asked to reset the password of your Sumud account. If it was you, choose a new password here (the link is valid for two hours):
    { $link }

    If it was not you, ignore this message: your password stays as it is.
outbox-title = Outbox
outbox-no-smtp = No mail relay is configured (SMTP_URL): messages are kept here and not sent. Forward them by hand, or configure SMTP.
outbox-empty = No message yet.
outbox-sent = sent { $at }
outbox-failed = not sent after { $attempts } attempts: { $error }
outbox-waiting = waiting
