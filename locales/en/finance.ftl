nav-finance = Finance office
nav-invoices = Our invoices
finance-office-title = Finance office
finance-office-lead = Set each year's dues, record solidarity waivers, issue the calls for dues and follow the invoices.
schedules-heading = Dues schedules
schedules-none = No schedule yet. Start with the coming year's below.
schedule-title = Dues schedule
schedule-heading = Dues for { $year } · version { $version }
schedule-year = Year
schedule-currency = Currency
hint-schedule-currency = Its ISO 4217 code, such as EUR, USD or JOD.
schedule-due-on = Due date
schedule-palestinian-percent = Share Palestinian members pay (%)
hint-schedule-palestinian-percent = Of their band's amount: 0 exempts them, 100 asks the full amount.
schedule-payment-instructions = Payment instructions
hint-schedule-payment-instructions = Payee, bank, IBAN and BIC: printed on every call issued under this schedule.
schedule-bands = Bands
schedule-calls = Calls issued
schedule-state = State
schedule-state-open = Open: it can still be changed
schedule-state-locked = Locked: calls were issued under it
schedule-state-superseded = Replaced by a later version
schedule-new = Start a year's schedule
schedule-create = Create the schedule
schedule-edit = Change the schedule
schedule-save = Save the schedule
schedule-saved = The schedule is saved.
schedule-locked-explained = Calls were issued under this schedule, so it can no longer change. A new version starts from its values and bands; calls already issued stay as they are.
schedule-new-version = Start a new version
bands-none = No band yet: add one for each kind of authority and population.
band-new = Add a band
band-kind = Kind of authority
band-population-max = Population up to
hint-band-population-max = Leave empty for the band with no upper limit. A member whose population is unknown pays the first band of its kind.
band-no-limit = No limit
band-amount = Yearly dues ({ $currency })
hint-band-amount = Such as 1500 or 1,500.50.
band-add = Add the band
band-remove = Remove
calls-heading = Calls for { $year }
calls-lead = Each active member receives a pro-forma invoice in its focal point's language, with an email. Members that already have a call for the year are left out, so issuing twice issues nothing twice.
calls-issue-all = Issue the year's calls to every active member
calls-issue-one-heading = Issue one member's call
calls-issue-one = Issue this member's call
calls-issued =
    { PLURAL($count) ->
        [one] One call issued.
       *[other] { $count } calls issued.
    }
calls-already =
    { PLURAL($count) ->
        [one] One member already had its call.
       *[other] { $count } members already had their call.
    }
calls-without-band =
    { PLURAL($count) ->
        [one] One member has no band of its kind in this schedule: add the band, then issue again.
       *[other] { $count } members have no band of their kind in this schedule: add the bands, then issue again.
    }
waivers-heading = Solidarity waivers
waivers-lead = A named member pays a reduced share of its dues, or none, for the years given. The lowest of its waivers and the schedule's rule applies.
waiver-new = Record a waiver
waiver-member = Member
waiver-percent-due = Share it pays (%)
hint-waiver-percent-due = 0 waives its dues entirely.
waiver-from-year = From year
waiver-until-year = Until year
waiver-years = Years
waiver-reason = Reason
waiver-add = Record the waiver
waiver-saved = The waiver is recorded.
invoices-title = Invoices
invoices-filter = Show
invoices-none = No invoice yet.
invoices-count =
    { PLURAL($count) ->
        [one] One invoice
       *[other] { $count } invoices
    }
member-invoices-title = Invoices
member-invoices-heading = Invoices
member-invoices-lead = Calls for dues and credit notes of your authority. Open one to print it or to read how to pay.
invoice-title = Invoice
invoice-number = Number
invoice-member = Member
invoice-kind = Kind
invoice-amount = Amount
invoice-due-on = Due
invoice-status = Status
invoice-issued-on = Issued
invoice-kind-call = Call for dues
invoice-kind-credit-note = Credit note
invoice-status-open = To pay
invoice-status-paid = Paid
invoice-status-cancelled = Cancelled by a credit note
invoice-status-settled = Nothing to pay
invoice-network = International network of local authorities in solidarity with Palestinian local authorities
invoice-call-title = Call for dues { $year } (pro-forma invoice)
invoice-credit-title = Credit note
invoice-to = To
invoice-basis = Yearly dues for { $year } of a { $kind }: { $amount } for its population band.
invoice-basis-palestinian = Palestinian local authority: { $percent } % of that amount is due.
invoice-basis-waiver = Solidarity waiver: { $percent } % of that amount is due ({ $reason }).
invoice-credit-basis = Cancels invoice { $number }.
invoice-words-whole = In words: { $words } { $currency }.
invoice-words-fraction = In words: { $words } { $currency } and { $fraction }.
invoice-how-to-pay = How to pay
invoice-quote-reference = Quote { $number } as the reference of your transfer, so that your payment is matched to this invoice.
credit-note-heading = Cancel by a credit note
credit-note-lead = An invoice is never changed or deleted: a credit note of the same amount cancels it, and a new call can then be issued.
credit-note-reason = Reason, printed on the credit note
credit-note-issue = Issue the credit note
error-year = Enter a year from 2000 to 2100.
error-percent = Enter a whole number from 0 to 100.
error-currency = Enter a currency's ISO 4217 code, such as EUR.
error-currency-has-bands = The bands are in this currency: remove them before changing it.
error-amount = Enter an amount, such as 1500 or 1,500.50.
error-band-population = Enter a whole number of inhabitants, or leave it empty.
error-band-taken = This schedule has a band of this kind with this limit already.
error-until-year = The last year comes after the first.
error-schedule-locked = Calls were issued under this schedule: start a new version to change it.
error-schedule-superseded = A later version of this schedule exists: issue calls under it.
error-schedule-no-bands = Add the schedule's bands before issuing calls.
error-schedule-changed = The schedule changed meanwhile: check it and try again.
error-member-not-active = Only an active member receives a call for dues.
error-invoice-not-open = Only an open call for dues can be cancelled.
email-call-issued-subject = Call for dues { $year }: invoice { $number }
email-call-issued-body =
    The call for your authority's dues for { $year } is issued: invoice { $number }, { $amount }, due on { $date }.

    Read it, print it for your council's approval, and find how to pay at:
    { $link }
invoice-kind-final = Invoice (paid)
invoice-kind-receipt = Receipt
invoice-final-title = Invoice for the dues of { $year }
invoice-receipt-title = Receipt
invoice-final-basis = Dues called by { $number }, paid in full.
invoice-receipt-basis = Received for { $number }: { $amount } by { $method } on { $date }.
invoice-basis-credit = Credit carried from an earlier overpayment: { $amount }.
invoice-about = About
invoice-credit-applied = Paid by credit carried
invoice-payments = Payments received
invoice-outstanding = Left to pay
payment-method-transfer = bank transfer
payment-method-card = card
payment-status-unmatched = Awaiting a match
payment-status-matched = Matched
payment-status-exception = To review
payments-title = Payments
payments-awaiting = Awaiting a match
payments-awaiting-none = Every payment received is matched to its invoice.
payments-recent = Latest matched
payments-recent-none = No payment matched yet.
payment-recorded-matched = The payment is recorded and matched to its invoice.
payment-recorded-awaiting = The payment is recorded. Its reference quotes no open invoice: match it below.
transfer-new = Record a bank transfer
transfer-lead = As the bank statement shows it. A reference quoting an open invoice's number matches it at once.
transfer-received-on = Received on
transfer-amount = Amount
transfer-payer = Payer
transfer-reference = Reference
hint-transfer-reference = The transfer's reference, such as 2027-0042.
transfer-record = Record the transfer
payment-match-heading = Match a payment
payment-match = Match
payment-credited = Credited in the invoice's currency
hint-payment-credited = Only for a payment in another currency: what the bank credited.
payment-rate = Exchange rate
payment-method = Method
payment-suggestion = Likely invoice
grace-heading = Grace date
grace-on = Unpaid dues count against standing after
hint-grace-on = After this date, a member whose call is still open is no longer in good standing until it pays. Leave empty for no grace date.
grace-save = Save the grace date
grace-none = None
error-payment-matched = This payment is already matched to an invoice.
error-invoice-number = Enter the number of a call for dues that is not cancelled, such as 2027-0042.
error-credited = Enter what the bank credited in the invoice's currency.
error-rate = Enter the rate as a number, such as 0.9213.
payments-import-statement = Import a bank statement
statements-title = Bank statements
statements-lead = Import the statement your bank exports, as CSV or as ISO 20022 camt.053 (XML). Each payment received becomes a payment here once, however many times the file is imported; a reference quoting an open invoice's number pays it at once, and the rest wait for you on the payments page.
statement-import-heading = Import a statement
statement-import-lead = Debits in the statement are left out. A statement with a line that cannot be read is not imported at all: the line is named so that you can correct the file or its mapping.
statement-file = Statement file
hint-statement-file = CSV or camt.053 (XML), up to 16 MB.
statement-mapping = CSV mapping
hint-statement-mapping = For a CSV file: the bank whose export it is. A camt.053 file needs none.
statement-mapping-none = None (camt.053)
statement-import = Import the statement
statement-problem-line = Line { $line }:
statement-problem-line-column = Line { $line }, column { $column }:
statement-problem-entry = Entry { $line }:
statement-problem-entry-element = Entry { $line }, element { $column }:
statement-imported = Payments read: { $lines }. Recorded: { $added }, of which paid an invoice at once: { $matched }. Already imported before: { $duplicates }.
statement-match-rest =
    { PLURAL($count) ->
        [one] Match the one payment left on the payments page
       *[other] Match the { $count } payments left on the payments page
    }
statements-latest = Latest statements
statements-none = No statement imported yet.
statement-imported-on = Imported
statement-format = Format
statement-lines = Payments read
statement-added = Recorded
statement-matched = Paid at once
statement-duplicates = Already imported
statement-imported-by = By
statement-format-csv = CSV
statement-format-camt053 = camt.053 (XML)
mappings-heading = CSV mappings
mappings-none = No mapping yet: describe your bank's CSV export below before importing one.
mapping-heading = Describe a bank's CSV export
mapping-lead = Write each column's heading exactly as the first line of the bank's file shows it. Saving under an existing name corrects that mapping.
mapping-name = Bank or account
hint-mapping-name = Such as Crédit Agricole — dues account.
mapping-delimiter = Columns separated by
mapping-date-column = Date column
mapping-date-order = Dates written as
mapping-amount-column = Amount column
mapping-payer-column = Payer column
mapping-reference-column = Reference column
mapping-currency-column = Currency column
hint-mapping-currency-column = Leave empty when every line is in the currency below.
mapping-default-currency = Currency
mapping-save = Save the mapping
mapping-saved = The mapping is saved: choose it to import this bank's statements.
mapping-edit = Correct
delimiter-comma = Commas (,)
delimiter-semicolon = Semicolons (;)
delimiter-tab = Tabs
date-order-ymd = Year first (2027-03-31)
date-order-dmy = Day first (31/03/2027)
date-order-mdy = Month first (03/31/2027)
error-mapping-taken = Another mapping has this name: try again to correct it.
error-statement-empty = Choose the statement file.
error-statement-too-big = The file is larger than 16 MB: export a shorter period.
error-statement-encoding = The file is not in UTF-8: export it again as UTF-8 (or as camt.053).
error-statement-mapping = Choose the CSV mapping of the bank that exported this file.
error-statement-unreadable = This part of the file cannot be read.
error-statement-column-missing = the file has no column with this heading: correct the mapping or the file.
error-statement-not-camt = This XML file is not a camt.053 bank statement.
error-statement-racing = Another import of the same statement finished first: import it again to see what it adds.
error-statement-currency = the currency is not an ISO 4217 code.
error-statement-amount = the amount cannot be read.
error-statement-date = the date cannot be read in the mapping's order.
dues-dashboard-title = Dues dashboard
dashboard-years = Years
dashboard-year-heading = Dues of { $year }
dashboard-awaiting =
    { PLURAL($count) ->
        [one] One payment awaiting a match
       *[other] { $count } payments awaiting a match
    }
dashboard-exceptions =
    { PLURAL($count) ->
        [one] one payment to review
       *[other] { $count } payments to review
    }
dashboard-by-currency = By currency
dashboard-by-country = By country
dashboard-country = Country
dashboard-calls = Calls
dashboard-called = Called
dashboard-paid = Paid
dashboard-outstanding = Outstanding
dashboard-waived = Waived
dashboard-no-calls = No call for dues this year yet.
dues-dashboard-overdue = Past their due date
dashboard-overdue-none = No call is past its due date unpaid.
dashboard-standing = Standing
dashboard-in-arrears = In arrears
dashboard-in-grace = Not in arrears yet
dashboard-exports = Exports
dashboard-export-invoices = Invoices of { $year } (CSV)
dashboard-export-payments = Payments received in { $year } (CSV)
export-member-id = Member number
export-waived = Waived
export-payment-status = Status
dues-public-title = Dues collected
dues-public-lead = Each year, what the network's members paid in dues, how many were called and how many were exempt as a solidarity measure. No member's own amount is published.
dues-public-none = No dues have been called yet.
dues-public-collected = Collected
dues-public-nothing = Nothing yet
dues-public-called = Members called
dues-public-paying = Members that paid
dues-public-exempt = Members exempt
dues-public-members =
    { PLURAL($count) ->
        [one] one member
       *[other] { $count } members
    }
email-dues-reminder-subject = Reminder: invoice { $number } is due on { $date }
email-dues-reminder-body =
    Invoice { $number } for your authority's dues is due on { $date }: { $amount } left to pay.

    If your council has already approved it and the transfer is under way, thank you: nothing more is needed. Quote { $number } as the reference of the transfer. Read the invoice and how to pay at:
    { $link }
email-dues-overdue-subject = Invoice { $number } is past its due date
email-dues-overdue-body =
    Invoice { $number } for your authority's dues was due on { $date }; { $amount } is left to pay.

    Once the grace date the network set has passed, unpaid dues mean your authority is no longer in good standing (it cannot register delegations to conferences) until it pays. If payment is difficult, write to the network's finance office: solidarity waivers exist. Read the invoice and how to pay at:
    { $link }
payment-note-typed-twin = Same date, amount and currency as payment { $id } recorded by hand: check that it is not the same transfer before matching it.
payment-exception-unknown-session = Card payment from a Stripe checkout that Sumud did not open (a payment link or Stripe's dashboard): find its member and match it by hand, or refund it in Stripe.
payment-exception-invoice-closed = Card payment for a call already paid or cancelled: match it to another call of the member, or refund it in Stripe.
payment-exception-currency = Card payment in another currency than its call's: match it by hand with what it credited.
payment-exception-amount = Card payment of more than was left to pay: match it by hand (the excess is carried as credit), or refund the difference in Stripe.
error-card-nothing-left = This invoice has nothing left to pay.
error-card-currency = This invoice's currency cannot be paid by card. Please pay by bank transfer.
error-card-unavailable = The card payment service cannot be reached just now. Nothing was charged. Try again in a few minutes, or pay by bank transfer.
card-line-item = Dues { $year }, invoice { $number }
invoice-card-heading = Pay by card
invoice-card-lead = You will go to Stripe's secure payment page, then come back here. Your card details never reach Sumud.
invoice-pay-by-card = Pay { $amount } by card
invoice-card-done = Thank you. Stripe has your payment: it appears on this invoice as soon as Stripe confirms it, usually within a minute.
invoice-card-cancelled = The card payment was cancelled. Nothing was charged.
invoice-card-link = To pay by card, sign in to Sumud and open this invoice:
