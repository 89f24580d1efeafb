# Twinning: the registry of agreements, their parties, themes and stages.
agreements-title = Twinning and cooperation agreements
agreements-lead = Twinnings, brotherhood agreements and memoranda of understanding between Palestinian local authorities and cities around the world: who signed them, on what themes, and where each one stands.
agreements-count =
    { PLURAL($count) ->
        [one] One agreement
       *[other] { $count } agreements
    }
agreements-download = These agreements, to download:
agreements-awaiting = Awaiting validation
agreement-new = Record an agreement
agreement-new-lead = Record an agreement your authority signed or is preparing. The secretariat checks it before it becomes public.
agreement-kind = Kind of agreement
agreement-kind-twinning = Twinning
agreement-kind-brotherhood = Brotherhood and cooperation
agreement-kind-memorandum = Memorandum of understanding
agreement-kind-cooperation = Cooperation agreement
agreement-kind-letter-of-intent = Letter of intent
agreement-stage = Stage
agreement-stage-proposed = Proposed
agreement-stage-council-decision = Council decision
agreement-stage-signed = Signed
agreement-stage-active = Active
agreement-stage-dormant = Dormant
agreement-stage-ended = Ended
agreement-stages = Stages
agreement-awaiting = Awaiting validation
agreement-awaiting-note = The secretariat has not validated this agreement yet: only the secretariat and the parties' focal points can see it.
agreement-saved = The agreement was saved.
agreement-title = Title
hint-agreement-title = As it appears on the signed text, such as "Twinning agreement between Hebron and Greater Amman".
agreement-language = Language of the title and summary
agreement-summary = Public summary
hint-agreement-summary = What the parties agreed to do together, in a few sentences. It is shown to the public.
agreement-proposed-on = Proposed on
hint-agreement-proposed-on = The date it was first proposed, as YYYY-MM-DD. Leave it empty for today.
agreement-signed-place = Signed at
agreement-parties = Parties
hint-agreement-parties = At least two. Choose a member of the network, or leave "another city or body" and give its name.
agreement-party = Party { $number }
agreement-party-member = Member of the network
hint-agreement-party-member = Or give the name of another city or body below.
agreement-party-other = Another city or body
agreement-party-name = Name in its own script
agreement-party-latin-name = Name in Latin letters
agreement-signatory-name = Signed by (name)
agreement-signatory-title = Signatory's title
agreement-signed-by = Signed by
agreement-propose = Record the agreement
agreement-save = Save the agreement
agreement-edit = Edit the agreement
agreement-edit-lead = Once saved, the agreement waits for the secretariat's validation again before the public sees it.
agreement-validate = Validate and publish
agreement-record-stage = Record a stage
agreement-reached-on = Reached on
member-agreements = Agreements
member-agreements-none = No agreement recorded yet.
error-agreement-parties = Give at least two parties.
error-party-twice = This member is already a party.
error-agreement-own-party = Your authority must be one of the parties.
error-agreement-stage = The agreement cannot move to this stage from where it stands.
error-agreement-validated = This agreement is already validated.
error-agreement-keep-parties = Keep every member that is a party: only the secretariat can take a member out of an agreement.
error-agreement-changed = A party changed this agreement while you were reading it. Read it again, then validate it.
map-title = Map of members and agreements
map-lead = Every member placed on the map, and a line between the parties of each twinning or cooperation agreement in force (signed or active). Choose a member to open its page.
map-members-count =
    { PLURAL($count) ->
        [one] One member on the map.
       *[other] { $count } members on the map.
    }
map-links-count =
    { PLURAL($count) ->
        [one] One line between partners.
       *[other] { $count } lines between partners.
    }
map-filter-submit = Show on the map
map-agreements-in-force =
    { PLURAL($count) ->
        [one] one agreement in force
       *[other] { $count } agreements in force
    }
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-reset = Whole world
map-open-member = Open its page
map-legend-palestinian = Palestinian local authority
map-legend-other = Member elsewhere
map-legend-link = Agreement in force
map-geojson = Download as GeoJSON (for GIS)
map-attribution = Country outlines: Natural Earth (public domain). Places suggested from GeoNames (CC BY 4.0).
agreement-documents = Documents
agreement-no-documents = No documents yet.
document-size = { $kilobytes } KB
document-remove = Remove
document-add = Add a document
document-title = Title of the document (optional)
hint-document-title = For example “Signed agreement” or “Council decision”. Left empty, the file’s name is used.
document-file = File
hint-document-file = A PDF, PNG or JPEG file of at most 10 MB. A party’s new document is public once the secretariat has validated the agreement again.
document-upload = Upload the document
error-document-missing = Choose a file to upload.
error-document-large = The file is larger than 10 MB. Scan it at a lower resolution or split it.
error-document-type = The file must be a PDF, PNG or JPEG.
# Projects, the support they receive, and exchange visits.
projects-title = Projects and support
projects-lead = Projects in Palestinian localities, carried out under a twinning or on their own, and the financial, technical, in-kind and political support each one receives.
projects-count =
    { PLURAL($count) ->
        [one] One project
       *[other] { $count } projects
    }
projects-download = These projects and their support, to download:
project-new = Record a project
project-new-lead = Record a project in a Palestinian locality: your own, or one your authority supports under an agreement. It is public once recorded.
project-name = Name of the project
project-status = Status
project-status-planned = Planned
project-status-running = Under way
project-status-completed = Completed
project-status-suspended = Suspended
project-locality = Locality
hint-project-locality = The Palestinian local authority where the project is.
project-agreement = Under the agreement
hint-project-agreement = The twinning or agreement it is carried out under, if any.
project-no-agreement = None: on its own
project-starts-on = Starts on
project-ends-on = Ends on
project-description = Description
project-record = Record the project
project-save = Save the project
project-language = Language of the title and description
projects-filter-submit = Show projects
visit-outcome-field = Outcome
project-edit = Edit the project
project-saved = The project was saved.
project-financial = Financial support:
project-support = Support received
project-support-none = No support recorded yet.
support-totals = Financial support by locality and currency
support-totals-lead = The sums of the financial support recorded for the projects listed above, in each currency as given.
support-totals-none = No financial support recorded for these projects.
support-amount = Amount
support-projects = Projects
support-add = Record support
support-remove = Remove
support-kind = Kind of support
support-kind-financial = Financial
support-kind-technical = Technical
support-kind-in-kind = In kind
support-kind-political = Political or moral
support-giver-member = Given by (member)
hint-support-giver = A member of the network, or leave "another giver" and give its name.
support-giver-other = Another giver
support-giver-name = Name of another giver
hint-support-amount = Financial support only, such as 150000 or 150,000.00.
support-description = What it is
support-given-on = Given on
member-projects = Projects
member-projects-none = No project recorded yet.
member-visits = Exchange visits
member-visits-none = No exchange visit recorded yet.
visits-title = Exchange visits
visits-lead = Delegations of members visiting one another: staff training, study visits, the signing of agreements, and what came of them.
visits-none = No exchange visit recorded yet.
visit-new = Record a visit
visit-new-lead = Record a visit your authority made or received. It is public once recorded.
visit-saved = The visit was recorded.
visit-from = Visiting member
visit-to = Member visited
visit-from-to = { $from } to { $to }
visit-starts-on = From
visit-ends-on = To
visit-purpose = Purpose
hint-visit-purpose = Such as "Training of GIS staff" or "Signing of the memorandum".
visit-delegation-size = Size of the delegation
hint-visit-delegation-size = The number of people, at most { $most }.
visit-delegation =
    { PLURAL($count) ->
        [one] one person
       *[other] { $count } people
    }
visit-outcome = Outcome:
hint-visit-outcome = What came of it: a programme agreed, a project started, people trained.
visit-under = Under
visit-record = Record the visit
visit-remove = Remove
error-project-locality = Choose a Palestinian member of the network.
error-project-own = Record projects in your own locality, or under an agreement your authority is party to.
error-support-giver = Choose the member that gives it, or give the name of another giver.
error-support-giver-both = Choose a member or give another giver's name, not both.
error-support-amount = Enter the amount given, such as 150000 or 150,000.00.
error-support-amount-financial = Only financial support has an amount and a currency.
error-visit-member = Choose a member.
error-visit-same-member = The member visited must be another member.
error-visit-own = Your authority must be the visiting member or the member visited.
error-visit-agreement = Both members must be parties to this agreement.
error-delegation-size = Enter the number of people, from 1 to 500.
