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
email-registration-pending-subject = We received your registration for { $edition }
email-registration-pending-body = Your registration for { $edition } is received. The secretariat will review it and write to you.
email-registration-confirmed-subject = Your place at { $edition } is confirmed
email-registration-confirmed-body = Your registration for { $edition } is confirmed. We look forward to welcoming you.
email-registration-waitlisted-subject = You are on the waitlist for { $edition }
email-registration-waitlisted-body = All seats of { $edition } are taken for now, so you are on the waitlist. If a seat becomes free, it goes to the first person on the list and we email you at once.
email-registration-promoted-subject = A seat is free: your place at { $edition } is confirmed
email-registration-promoted-body = A seat of { $edition } became free and it is yours: your registration is now confirmed.
email-registration-cancelled-subject = Your registration for { $edition } is cancelled
email-registration-cancelled-body = Your registration for { $edition } is cancelled. If this is a mistake, register again while registration is open.
email-registration-rejected-subject = Your registration for { $edition }
email-registration-rejected-body = The secretariat could not accept your registration for { $edition }.
email-registration-link = To see, change or cancel your registration, and to choose your sessions, open your personal link (keep it private; it needs no password): { $link }
email-registration-renewed-subject = Your new personal link for { $edition }
email-registration-renewed-body = You asked for a new personal link for your registration for { $edition }. The previous link and your previous calendar address no longer work. Your new link (keep it private; it needs no password): { $link }
    If you did not ask for it, someone else had your link: open the new link and ask for another one at once, and theirs stops working.
