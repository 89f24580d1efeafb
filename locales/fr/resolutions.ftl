# Résolutions : les textes, leur cycle de vie et leurs versions, les commentaires.
texts-title = Résolutions et recommandations
texts-lead = Ce que la conférence et le secrétariat du réseau ont adopté, et ce qu'il en est advenu. Chaque texte indique son adoption, ses versions et la langue qui fait foi.
texts-filter-submit = Afficher les textes
texts-count =
    { PLURAL($count) ->
        [one] { $count } texte
       *[other] { $count } textes
    }
text-new = Nouveau texte
text-kind = Nature
text-kind-resolution = Résolution
text-kind-recommendation = Recommandation
text-kind-proposal = Proposition
text-kind-declaration = Déclaration
text-state = État
text-state-draft = Projet
text-state-open-for-comment = Ouvert aux commentaires
text-state-adopted = Adopté
text-state-published = Publié
text-state-superseded = Remplacé
text-state-withdrawn = Retiré
text-theme = Thème
text-themes = Thèmes
text-about = Le texte
text-reference = Référence
hint-reference = Unique pour chaque texte, par exemple C2-R04 ou SEC/2027/3 : lettres, chiffres, tirets, barres obliques et points.
text-authoritative-language = Langue faisant foi
hint-authoritative-language = La langue dont la rédaction fait foi. Son titre et son texte sont obligatoires ; les autres langues sont des traductions, qui peuvent venir plus tard.
text-title = Titre
text-body = Texte
hint-markdown = Markdown : **gras**, _italique_, une ligne commençant par « - » pour une liste, « 1. » pour des points numérotés. Le HTML s'affiche tel que saisi.
text-draft-note = Note (facultative)
hint-draft-note = Pour le secrétariat : d'où vient le projet, ce qui reste à régler.
text-amendment-note = Ce que cet amendement change
hint-amendment-note = Obligatoire : les lecteurs la voient à côté de la nouvelle version.
text-amending-explained = Ce texte est adopté : l'enregistrer crée une nouvelle version. Les versions précédentes restent lisibles et peuvent lui être comparées.
text-save-draft = Enregistrer le projet
text-save = Enregistrer
text-save-amendment = Enregistrer l'amendement
text-edit = Modifier le projet
text-amend = Amender le texte
text-authoritative = Texte faisant foi, en { $language }.
text-translation = Traduction. Le texte qui fait foi est en { $language }.
text-read-original = Lire l'original
text-adopted-on = Adopté le
text-adopting-body = Adopté par
hint-adopting-body = L'instance qui l'a adopté, par exemple « Deuxième Conférence générale » ou « Secrétariat ».
text-edition = Édition de la conférence
text-edition-none = Aucune : non adopté en conférence
text-vote = Vote
hint-vote = Laissez les trois vides s'il a été adopté sans vote.
text-votes-for = Pour
text-votes-against = Contre
text-votes-abstaining = Abstentions
text-vote-result = { $for } pour, { $against } contre, { $abstaining } abstentions
text-superseded-by = Remplacé par
text-versions = Versions
text-version-number = Version { $version }
text-version-current = en vigueur
text-version-note = Ce qui a changé :
text-compare-previous = comparer avec la version précédente
text-compare-title = Deux versions comparées
text-compare-versions = version { $from } et version { $to } ; les mots retirés sont barrés, les mots ajoutés soulignés.
text-comments =
    { PLURAL($count) ->
        [one] { $count } commentaire
       *[other] { $count } commentaires
    }
hint-comments = Visibles par le secrétariat et les points focaux des membres, jamais par le public.
text-comment = Le commentaire de votre membre
text-comment-submit = Envoyer le commentaire
text-manage = Secrétariat
text-move-open = Ouvrir aux commentaires des membres
text-move-close-comments = Clore les commentaires (retour au projet)
text-move-publish = Publier et prévenir chaque point focal
text-move-withdraw = Retirer
text-adopt = Enregistrer l'adoption
text-adopt-submit = Enregistrer l'adoption
text-supersede = Remplacé par un autre texte
text-superseded-by-reference = Référence du texte qui le remplace
text-supersede-submit = Marquer comme remplacé
error-reference = N'utilisez que des lettres, chiffres, tirets, barres obliques et points, par exemple C2-R04.
error-reference-taken = Un autre texte porte déjà cette référence.
error-authoritative-required = La langue qui fait foi a besoin de son titre et de son texte.
error-vote-count = Saisissez les trois nombres en chiffres entiers, ou laissez les trois vides.
error-amendment-note = Indiquez ce que cet amendement change.
error-text-closed = Ce texte a été remplacé ou retiré : il ne peut plus changer.
error-text-state = Ce texte ne peut pas faire ce changement maintenant. Rechargez la page pour voir où il en est.
error-superseding-text = Saisissez la référence d'un autre texte publié.
error-comments-closed = Les commentaires sur ce texte sont clos.
email-text-published-subject = Publié : { $reference } { $title }
email-text-published-body =
    Le réseau a publié { $reference }, « { $title } ».

    Lisez-le, avec son adoption et ses versions :
    { $link }
email-text-amended-subject = Amendé : { $reference } { $title }
email-text-amended-body =
    { $reference }, « { $title } », a été amendé. La version précédente reste lisible et peut être comparée à la nouvelle :
    { $link }
themes-title = Thèmes
themes-lead = La liste commune des thèmes sous lesquels les textes (et plus tard les besoins et offres des jumelages) sont classés. Renommer un thème le renomme partout.
theme-slug = Nom court
hint-theme-slug = Pour les adresses et les exports : lettres minuscules, chiffres et tirets, par exemple roads-transport.
theme-name-ar = Nom en arabe
theme-name-en = Nom en anglais
theme-name-fr = Nom en français
theme-rename = Renommer
theme-save = Enregistrer le thème
theme-add = Ajouter un thème
error-slug = N'utilisez que des lettres minuscules, des chiffres et des tirets, par exemple roads-transport.
error-slug-taken = Un autre thème porte déjà ce nom court.
texts-search = Mots du titre ou du texte
text-version = Version
print-link = Version imprimable (A4)
print-back = Retour au texte
print-authoritative = Texte faisant foi ({ $language })
print-translation = Traduction ({ $language })
