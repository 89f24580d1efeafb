# Jumelage : le registre des accords, leurs parties, thèmes et étapes.
agreements-title = Accords de jumelage et de coopération
agreements-lead = Jumelages, accords de fraternité et protocoles d’accord entre collectivités locales palestiniennes et villes du monde : qui les a signés, sur quels thèmes, et où chacun en est.
agreements-count =
    { PLURAL($count) ->
        [one] Un accord
       *[other] { $count } accords
    }
agreements-download = Ces accords, à télécharger :
agreements-awaiting = En attente de validation
agreement-new = Enregistrer un accord
agreement-new-lead = Enregistrez un accord que votre collectivité a signé ou prépare. Le secrétariat le vérifie avant qu’il ne devienne public.
agreement-kind = Type d’accord
agreement-kind-twinning = Jumelage
agreement-kind-brotherhood = Fraternité et coopération
agreement-kind-memorandum = Protocole d’accord
agreement-kind-cooperation = Accord de coopération
agreement-kind-letter-of-intent = Lettre d’intention
agreement-stage = Étape
agreement-stage-proposed = Proposé
agreement-stage-council-decision = Délibération du conseil
agreement-stage-signed = Signé
agreement-stage-active = En vigueur
agreement-stage-dormant = En sommeil
agreement-stage-ended = Terminé
agreement-stages = Étapes
agreement-awaiting = En attente de validation
agreement-awaiting-note = Le secrétariat n’a pas encore validé cet accord : seuls le secrétariat et les correspondants des parties peuvent le voir.
agreement-saved = L’accord a été enregistré.
agreement-title = Intitulé
hint-agreement-title = Tel qu’il figure sur le texte signé, par exemple « Accord de jumelage entre Hébron et le Grand Amman ».
agreement-language = Langue de l’intitulé et du résumé
agreement-summary = Résumé public
hint-agreement-summary = Ce que les parties ont convenu de faire ensemble, en quelques phrases. Il est montré au public.
agreement-proposed-on = Proposé le
hint-agreement-proposed-on = La date de la première proposition, au format AAAA-MM-JJ. Laissez vide pour aujourd’hui.
agreement-signed-place = Signé à
agreement-parties = Parties
hint-agreement-parties = Au moins deux. Choisissez un membre du réseau, ou laissez « une autre ville ou institution » et donnez son nom.
agreement-party = Partie { $number }
agreement-party-member = Membre du réseau
hint-agreement-party-member = Ou donnez ci-dessous le nom d’une autre ville ou institution.
agreement-party-other = Une autre ville ou institution
agreement-party-name = Nom dans son écriture
agreement-party-latin-name = Nom en lettres latines
agreement-signatory-name = Signé par (nom)
agreement-signatory-title = Fonction du signataire
agreement-signed-by = Signé par
agreement-propose = Enregistrer l’accord
agreement-save = Enregistrer l’accord
agreement-edit = Modifier l’accord
agreement-edit-lead = Une fois enregistré, l’accord attend de nouveau la validation du secrétariat avant d’être visible du public.
agreement-validate = Valider et publier
agreement-record-stage = Enregistrer une étape
agreement-reached-on = Atteinte le
member-agreements = Accords
member-agreements-none = Aucun accord enregistré pour l’instant.
error-agreement-parties = Indiquez au moins deux parties.
error-party-twice = Ce membre est déjà partie à l’accord.
error-agreement-own-party = Votre collectivité doit être l’une des parties.
error-agreement-stage = L’accord ne peut pas passer à cette étape depuis celle où il se trouve.
error-agreement-validated = Cet accord est déjà validé.
error-agreement-keep-parties = Gardez chaque membre partie à l’accord : seul le secrétariat peut retirer un membre d’un accord.
error-agreement-changed = Une partie a modifié cet accord pendant que vous le lisiez. Relisez-le, puis validez-le.
map-title = Carte des membres et des accords
map-lead = Chaque membre placé sur la carte, et une ligne entre les parties de chaque accord de jumelage ou de coopération en vigueur (signé ou actif). Choisissez un membre pour ouvrir sa page.
map-members-count =
    { PLURAL($count) ->
        [one] Un membre sur la carte.
       *[other] { $count } membres sur la carte.
    }
map-links-count =
    { PLURAL($count) ->
        [one] Une ligne entre partenaires.
       *[other] { $count } lignes entre partenaires.
    }
map-filter-submit = Afficher sur la carte
map-agreements-in-force =
    { PLURAL($count) ->
        [one] un accord en vigueur
       *[other] { $count } accords en vigueur
    }
map-zoom-in = Agrandir
map-zoom-out = Réduire
map-reset = Monde entier
map-open-member = Ouvrir sa page
map-legend-palestinian = Collectivité locale palestinienne
map-legend-other = Membre ailleurs
map-legend-link = Accord en vigueur
map-geojson = Télécharger en GeoJSON (pour les SIG)
map-attribution = Contours des pays : Natural Earth (domaine public). Lieux suggérés d’après GeoNames (CC BY 4.0).
agreement-documents = Documents
agreement-no-documents = Aucun document pour l’instant.
document-size = { $kilobytes } Ko
document-remove = Retirer
document-add = Ajouter un document
document-title = Titre du document (facultatif)
hint-document-title = Par exemple « Accord signé » ou « Délibération du conseil ». Laissé vide, le nom du fichier est utilisé.
document-file = Fichier
hint-document-file = Un fichier PDF, PNG ou JPEG de 10 Mo au plus. Le nouveau document d’une partie est public une fois l’accord de nouveau validé par le secrétariat.
document-upload = Envoyer le document
error-document-missing = Choisissez un fichier à envoyer.
error-document-large = Le fichier dépasse 10 Mo. Numérisez-le à une résolution plus basse ou découpez-le.
error-document-type = Le fichier doit être un PDF, un PNG ou un JPEG.
# Projets, soutiens reçus et visites d’échange.
projects-title = Projets et soutiens
projects-lead = Projets dans les localités palestiniennes, menés dans le cadre d’un jumelage ou seuls, et le soutien financier, technique, en nature et politique que chacun reçoit.
projects-count =
    { PLURAL($count) ->
        [one] Un projet
       *[other] { $count } projets
    }
projects-download = Ces projets et leurs soutiens, à télécharger :
project-new = Enregistrer un projet
project-new-lead = Enregistrez un projet dans une localité palestinienne : la vôtre, ou une que votre collectivité soutient dans le cadre d’un accord. Il est public dès son enregistrement.
project-name = Nom du projet
project-status = État
project-status-planned = Prévu
project-status-running = En cours
project-status-completed = Achevé
project-status-suspended = Suspendu
project-locality = Localité
hint-project-locality = La collectivité locale palestinienne où se trouve le projet.
project-agreement = Dans le cadre de l’accord
hint-project-agreement = Le jumelage ou l’accord dans le cadre duquel il est mené, s’il y en a un.
project-no-agreement = Aucun : projet autonome
project-starts-on = Début
project-ends-on = Fin
project-description = Description
project-record = Enregistrer le projet
project-save = Enregistrer le projet
project-language = Langue du titre et de la description
projects-filter-submit = Afficher les projets
visit-outcome-field = Résultat
project-edit = Modifier le projet
project-saved = Le projet a été enregistré.
project-financial = Soutien financier :
project-support = Soutiens reçus
project-support-none = Aucun soutien enregistré pour l’instant.
support-totals = Soutien financier par localité et par monnaie
support-totals-lead = Les sommes des soutiens financiers enregistrés pour les projets ci-dessus, dans chaque monnaie telle que donnée.
support-totals-none = Aucun soutien financier enregistré pour ces projets.
support-amount = Montant
support-projects = Projets
support-add = Enregistrer un soutien
support-remove = Retirer
support-kind = Nature du soutien
support-kind-financial = Financier
support-kind-technical = Technique
support-kind-in-kind = En nature
support-kind-political = Politique ou moral
support-giver-member = Apporté par (membre)
hint-support-giver = Un membre du réseau, ou laissez « un autre donateur » et indiquez son nom.
support-giver-other = Un autre donateur
support-giver-name = Nom de l’autre donateur
hint-support-amount = Soutien financier seulement, par exemple 150000 ou 150 000,00.
support-description = De quoi il s’agit
support-given-on = Apporté le
member-projects = Projets
member-projects-none = Aucun projet enregistré pour l’instant.
member-visits = Visites d’échange
member-visits-none = Aucune visite d’échange enregistrée pour l’instant.
visits-title = Visites d’échange
visits-lead = Les délégations des membres qui se rendent visite : formation du personnel, visites d’étude, signature d’accords, et ce qui en est sorti.
visits-none = Aucune visite d’échange enregistrée pour l’instant.
visit-new = Enregistrer une visite
visit-new-lead = Enregistrez une visite que votre collectivité a faite ou reçue. Elle est publique dès son enregistrement.
visit-saved = La visite a été enregistrée.
visit-from = Membre en visite
visit-to = Membre visité
visit-from-to = { $from } chez { $to }
visit-starts-on = Du
visit-ends-on = Au
visit-purpose = Objet
hint-visit-purpose = Par exemple « Formation du personnel SIG » ou « Signature du protocole ».
visit-delegation-size = Taille de la délégation
hint-visit-delegation-size = Le nombre de personnes, au plus { $most }.
visit-delegation =
    { PLURAL($count) ->
        [one] une personne
       *[other] { $count } personnes
    }
visit-outcome = Résultat :
hint-visit-outcome = Ce qui en est sorti : un programme convenu, un projet lancé, des personnes formées.
visit-under = Dans le cadre de
visit-record = Enregistrer la visite
visit-remove = Retirer
error-project-locality = Choisissez un membre palestinien du réseau.
error-project-own = Enregistrez les projets de votre propre localité, ou ceux d’un accord dont votre collectivité est partie.
error-support-giver = Choisissez le membre qui l’apporte, ou indiquez le nom d’un autre donateur.
error-support-giver-both = Choisissez un membre ou indiquez le nom d’un autre donateur, pas les deux.
error-support-amount = Indiquez le montant apporté, par exemple 150000 ou 150 000,00.
error-support-amount-financial = Seul un soutien financier a un montant et une monnaie.
error-visit-member = Choisissez un membre.
error-visit-same-member = Le membre visité doit être un autre membre.
error-visit-own = Votre collectivité doit être le membre en visite ou le membre visité.
error-visit-agreement = Les deux membres doivent être parties à cet accord.
error-delegation-size = Indiquez le nombre de personnes, de 1 à 500.
