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
