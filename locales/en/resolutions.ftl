# Resolutions: texts, their lifecycle and versions, comments.
texts-title = Resolutions and recommendations
texts-lead = What the network's conference and secretariat adopted, and what became of it. Each text shows its adoption, its versions and the language of its authoritative wording.
texts-filter-submit = Show texts
texts-count =
    { PLURAL($count) ->
        [one] One text
       *[other] { $count } texts
    }
text-new = New text
text-kind = Kind
text-kind-resolution = Resolution
text-kind-recommendation = Recommendation
text-kind-proposal = Proposal
text-kind-declaration = Declaration
text-state = State
text-state-draft = Draft
text-state-open-for-comment = Open for comment
text-state-adopted = Adopted
text-state-published = Published
text-state-superseded = Superseded
text-state-withdrawn = Withdrawn
text-theme = Theme
text-themes = Themes
text-about = About the text
text-reference = Reference
hint-reference = Unique for each text, such as C2-R04 or SEC/2027/3: letters, digits, hyphens, slashes and dots.
text-authoritative-language = Authoritative language
hint-authoritative-language = The language whose wording is the text. Its title and body are required; the other languages are translations and may be added later.
text-title = Title
text-body = Text
hint-markdown = Markdown: **bold**, _italic_, a line starting with "- " for a list, "1. " for numbered points. HTML is shown as typed.
text-draft-note = Note (optional)
hint-draft-note = For the secretariat: where the draft comes from, what is still to settle.
text-amendment-note = What this amendment changes
hint-amendment-note = Required: readers see it beside the new version.
text-amending-explained = This text is adopted: saving records a new version. The earlier versions stay readable and can be compared with it.
text-save-draft = Save the draft
text-save = Save
text-save-amendment = Save the amendment
text-edit = Edit the draft
text-amend = Amend the text
text-authoritative = Authoritative text, in { $language }.
text-translation = Translation. The authoritative text is in { $language }.
text-read-original = Read the original
text-adopted-on = Adopted on
text-adopting-body = Adopted by
hint-adopting-body = The body that adopted it, such as "Second General Conference" or "Secretariat".
text-edition = Conference edition
text-edition-none = None: not adopted at a conference
text-vote = Vote
hint-vote = Leave all three empty when it was adopted without a vote.
text-votes-for = For
text-votes-against = Against
text-votes-abstaining = Abstentions
text-vote-result = { $for } for, { $against } against, { $abstaining } abstentions
text-superseded-by = Superseded by
text-versions = Versions
text-version-number = Version { $version }
text-version-current = current
text-version-note = What changed:
text-compare-previous = compare with the previous version
text-compare-title = Two versions compared
text-compare-versions = version { $from } and version { $to }; removed words are struck through, added words underlined.
text-comments =
    { PLURAL($count) ->
        [one] One comment
       *[other] { $count } comments
    }
hint-comments = Seen by the secretariat and the members' focal points, never by the public.
text-comment = Your member's comment
text-comment-submit = Send the comment
text-manage = Secretariat
text-move-open = Open for comment by members
text-move-close-comments = Close comments (back to draft)
text-move-publish = Publish and tell every focal point
text-move-withdraw = Withdraw
text-adopt = Record the adoption
text-adopt-submit = Record the adoption
text-supersede = Superseded by another text
text-superseded-by-reference = Reference of the text that replaces it
text-supersede-submit = Mark as superseded
error-reference = Use letters, digits, hyphens, slashes and dots only, such as C2-R04.
error-reference-taken = Another text already has this reference.
error-authoritative-required = The authoritative language needs its title and text.
error-vote-count = Enter the three counts as whole numbers, or leave all three empty.
error-amendment-note = Say what this amendment changes.
error-text-closed = This text was superseded or withdrawn: it can no longer change.
error-text-state = This text cannot make that move now. Reload the page to see where it stands.
error-superseding-text = Enter the reference of another published text.
error-comments-closed = Comments on this text are closed.
email-text-published-subject = Published: { $reference } { $title }
email-text-published-body =
    The network has published { $reference }, "{ $title }".

    Read it, with its adoption and versions:
    { $link }
email-text-amended-subject = Amended: { $reference } { $title }
email-text-amended-body =
    { $reference }, "{ $title }", was amended. The earlier version stays readable and can be compared with the new one:
    { $link }
themes-title = Themes
themes-lead = The shared list of themes that texts (and, later, twinning's needs and offers) are filed under. Renaming a theme renames it everywhere.
theme-slug = Short name
hint-theme-slug = For addresses and exports: lower-case letters, digits and hyphens, such as roads-transport.
theme-name-ar = Name in Arabic
theme-name-en = Name in English
theme-name-fr = Name in French
theme-rename = Rename
theme-save = Save the theme
theme-add = Add a theme
error-slug = Use lower-case letters, digits and hyphens only, such as roads-transport.
error-slug-taken = Another theme already has this short name.
texts-search = Words in the title or text
text-version = Version
print-link = Printable version (A4)
print-back = Back to the text
print-authoritative = Authoritative text ({ $language })
print-translation = Translation ({ $language })
