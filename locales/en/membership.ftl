# membership: en
nav-applications = Applications
kind-municipality = Municipality
kind-village-council = Village council
kind-association = Union or association of local authorities
kind-regional = Regional authority
kind-other = Other local authority
status-applicant = Applicant
status-active = Active member
status-suspended = Suspended
status-withdrawn = Withdrawn
status-rejected = Not admitted
review-pending = Waiting for review
review-info-requested = More information requested
review-approved = Approved
review-rejected = Rejected
error-check-fields = Some fields need attention: see the messages next to them. Nothing was saved.
error-duplicate-application = An application for this authority already exists. Nothing new was saved; the secretariat will follow up on the first one.
error-required = This field is required.
error-too-long = This is too long.
error-latin-only = Write the name in Latin letters (the transliteration).
error-population = Enter the population as a whole number, such as 25000.
error-website = Enter a web address such as www.city.org.
error-phone = Enter a phone number with its country code, such as +970 2 222 0000.
error-motivation-short = Tell us in a few sentences (at least 20 characters) why your authority wants to join.
error-reason-required = Give the reason: it is recorded and sent to the focal point.
error-already-decided = This application was already decided.
email-application-received-subject = We received your membership application
email-application-received-body = Thank you: the application of { $authority } to the network has been received. The secretariat will review it and write to you with its decision.
email-application-approved-subject = Welcome to the network
email-application-approved-body =
    { $authority } is now a member of the network.

    The secretariat's note: { $reason }

    A separate message holds the link to set the password of your focal point account.
email-application-rejected-subject = Your membership application
email-application-rejected-body =
    The secretariat could not admit { $authority } to the network.

    The reason: { $reason }
email-application-info-subject = More information about your membership application
email-application-info-body =
    To decide on the application of { $authority }, the secretariat needs more information:

    { $reason }

    Please answer this message.
apply-title = Apply for membership
apply-lead = Membership is open to local authorities everywhere and to their associations. No account is needed: fill in this form and the secretariat will answer your focal point.
apply-received = Your application was received. An acknowledgement was sent to the focal point; the secretariat will write with its decision.
apply-authority = The authority
apply-head = Head of the authority
apply-focal = Focal point
apply-submit = Send the application
choose-option = Choose…
field-kind = Kind of authority
field-official-name = Official name
hint-official-name = As written in its own language and script.
field-latin-name = Name in Latin letters
hint-latin-name = The transliteration, e.g. Baladiyat al-Khalil.
field-english-name = Name in English (optional)
field-french-name = Name in French (optional)
field-country = Country
field-region = Region or governorate
field-population = Population
field-website = Website
field-title = Title
hint-head-title = e.g. Mayor, President of the council.
hint-focal = The person the secretariat writes to. They will receive an account when the application is approved.
field-phone = Phone
field-preferred-language = Preferred language
field-motivation = Motivation
hint-motivation = Why does your authority want to join, and what would it bring to the network?
applications-title = Membership applications
applications-filter = Show applications
applications-empty = No application here.
applications-submitted = Submitted
review-title = Review an application
review-reason = Reason
review-decide = Decide
review-decision = Decision
review-approve = Approve: the authority becomes a member and its focal point is invited
review-request-info = Ask for more information
review-reject = Reject
hint-reason = Recorded in the audit log and emailed to the focal point in their language.
review-submit = Record the decision
origin-palestinian = Palestinian
origin-international = International
directory-title = Members
directory-lead = Local authorities from Palestine and the world that belong to the network.
directory-search = Name, in any script
directory-origin = Palestinian or international
directory-sort = Order
sort-name = By name
sort-newest = Newest members first
directory-search-submit = Search
directory-count =
    { PLURAL($count) ->
        [one] One member
       *[other] { $count } members
    }
member-since = Member since
member-standing = Standing
member-good-standing = in good standing
directory-json = The directory as data (JSON)
members-csv = Download the member list (CSV)
certificate-title = Certificate of membership
certificate-issue = Issue a membership certificate
certificate-body = This certifies that { $name } ({ $country }) is a member of the international network of local authorities in solidarity with Palestinian local authorities since { $since }.
certificate-number = Certificate no.
certificate-issued = Issued on
certificate-verify = Verify at
certificate-genuine = This certificate is genuine and the member is active today.
certificate-not-active = This certificate was issued by the network, but the authority is no longer an active member.
certificate-print-hint = Print it with your browser (A4).
error-not-active = Only an active member can receive a certificate.
error-focal-has-account = The focal point's email already belongs to an account that works for the secretariat, finance or another member. Change the focal point's email on the application first.
error-status-change = This change is not open to the member in its current standing.
error-effective-date = Enter a date no later than today and not before the member joined, as YYYY-MM-DD.
profile-edit = Edit the profile
profile-edit-title = Edit a member's profile
profile-edit-application = Correct the application
profile-identity-fixed = Only the secretariat can change the kind of authority and the country.
profile-save = Save the profile
profile-saved = The profile was saved.
standing-history = Standing history
standing-change = Change the standing
standing-change-choice = Change
standing-suspend = Suspend the membership
standing-withdraw = Record the withdrawal
standing-reinstate = Reinstate as an active member
standing-effective = Effective from
hint-standing-effective = Leave empty for today.
hint-standing-reason = Recorded, shown to signed-in members and emailed to the focal point in their language.
standing-submit = Record the change
email-standing-subject = Membership standing: { $status }
email-standing-body =
    The standing of { $authority } in the network is now: { $status }, from { $date }.

    The reason: { $reason }
directory-standing = Dues
standing-good = In good standing
standing-arrears = In arrears
profile-location = Location on the map
hint-location = Decimal degrees, such as 31.5294 and 35.0938 (north and east are positive). Leave both empty to stay off the map.
hint-location-suggested = Suggested from GeoNames (CC BY 4.0) for { $place }: check it before saving. Decimal degrees; north and east are positive.
field-latitude = Latitude
field-longitude = Longitude
error-latitude = Enter a latitude from -90 to 90, such as 31.5294.
error-longitude = Enter a longitude from -180 to 180, such as 35.0938.
error-coordinates-pair = Give both the latitude and the longitude, or neither.
