# membership: fr
nav-applications = Candidatures
kind-municipality = Municipalité
kind-village-council = Conseil de village
kind-association = Union ou association de collectivités locales
kind-regional = Collectivité régionale
kind-other = Autre collectivité locale
status-applicant = Candidate
status-active = Membre actif
status-suspended = Suspendu
status-withdrawn = Retiré
status-rejected = Non admis
review-pending = En attente d'examen
review-info-requested = Informations complémentaires demandées
review-approved = Approuvée
review-rejected = Refusée
error-check-fields = Certains champs sont à corriger : voyez les messages à côté. Rien n'a été enregistré.
error-duplicate-application = Une candidature existe déjà pour cette collectivité. Rien de nouveau n'a été enregistré ; le secrétariat donnera suite à la première.
error-required = Ce champ est obligatoire.
error-too-long = Ce texte est trop long.
error-latin-only = Écrivez le nom en lettres latines (la translittération).
error-population = Saisissez la population en nombre entier, par exemple 25000.
error-website = Saisissez une adresse web comme www.ville.org.
error-phone = Saisissez un numéro avec l'indicatif du pays, par exemple +33 1 23 45 67 89.
error-motivation-short = Expliquez en quelques phrases (au moins 20 caractères) pourquoi votre collectivité souhaite adhérer.
error-reason-required = Indiquez le motif : il est enregistré et envoyé au point focal.
error-already-decided = Cette candidature a déjà fait l'objet d'une décision.
email-application-received-subject = Nous avons reçu votre candidature
email-application-received-body = Merci : la candidature de { $authority } au réseau a bien été reçue. Le secrétariat l'examinera et vous écrira pour vous faire part de sa décision.
email-application-approved-subject = Bienvenue dans le réseau
email-application-approved-body =
    { $authority } est désormais membre du réseau.

    Note du secrétariat : { $reason }

    Un message séparé contient le lien pour définir le mot de passe de votre compte de point focal.
email-application-rejected-subject = Votre candidature
email-application-rejected-body =
    Le secrétariat n'a pas pu admettre { $authority } au réseau.

    Motif : { $reason }
email-application-info-subject = Informations complémentaires sur votre candidature
email-application-info-body =
    Pour statuer sur la candidature de { $authority }, le secrétariat a besoin d'informations complémentaires :

    { $reason }

    Merci de répondre à ce message.
apply-title = Demander l'adhésion
apply-lead = L'adhésion est ouverte aux collectivités locales du monde entier et à leurs associations. Aucun compte n'est nécessaire : remplissez ce formulaire et le secrétariat répondra à votre point focal.
apply-received = Votre candidature a été reçue. Un accusé de réception a été envoyé au point focal ; le secrétariat vous écrira pour vous faire part de sa décision.
apply-authority = La collectivité
apply-head = Chef de l'exécutif
apply-focal = Point focal
apply-submit = Envoyer la candidature
choose-option = Choisir…
field-kind = Type de collectivité
field-official-name = Nom officiel
hint-official-name = Tel qu'il s'écrit dans sa langue et son écriture.
field-latin-name = Nom en lettres latines
hint-latin-name = La translittération, par ex. Baladiyat al-Khalil.
field-english-name = Nom en anglais (facultatif)
field-french-name = Nom en français (facultatif)
field-country = Pays
field-region = Région ou gouvernorat
field-population = Population
field-website = Site web
field-title = Fonction
hint-head-title = par ex. Maire, Président du conseil.
hint-focal = La personne à qui le secrétariat écrit. Elle recevra un compte lorsque la candidature sera approuvée.
field-phone = Téléphone
field-preferred-language = Langue préférée
field-motivation = Motivation
hint-motivation = Pourquoi votre collectivité souhaite-t-elle adhérer, et qu'apporterait-elle au réseau ?
applications-title = Candidatures
applications-filter = Afficher les candidatures
applications-empty = Aucune candidature ici.
applications-submitted = Déposée le
review-title = Examiner une candidature
review-reason = Motif
review-decide = Décider
review-decision = Décision
review-approve = Approuver : la collectivité devient membre et son point focal est invité
review-request-info = Demander des informations complémentaires
review-reject = Refuser
hint-reason = Enregistré dans le journal d'audit et envoyé au point focal dans sa langue.
review-submit = Enregistrer la décision
origin-palestinian = Palestinienne
origin-international = Internationale
directory-title = Membres
directory-lead = Les collectivités locales de Palestine et du monde membres du réseau.
directory-search = Nom, dans n'importe quelle écriture
directory-origin = Palestinienne ou internationale
directory-sort = Ordre
sort-name = Par nom
sort-newest = Membres les plus récents d'abord
directory-search-submit = Rechercher
directory-count =
    { PLURAL($count) ->
        [one] { $count } membre
       *[other] { $count } membres
    }
member-since = Membre depuis
member-standing = Statut
member-good-standing = à jour
directory-json = L'annuaire en données (JSON)
members-csv = Télécharger la liste des membres (CSV)
certificate-title = Certificat d'adhésion
certificate-issue = Délivrer un certificat d'adhésion
certificate-body = Nous certifions que { $name } ({ $country }) est membre du réseau international des collectivités locales solidaires des collectivités locales palestiniennes depuis le { $since }.
certificate-number = Certificat n°
certificate-issued = Délivré le
certificate-verify = Vérification
certificate-genuine = Ce certificat est authentique et le membre est actif à ce jour.
certificate-not-active = Ce certificat a été délivré par le réseau, mais la collectivité n'est plus membre active.
certificate-print-hint = Imprimez-le depuis votre navigateur (A4).
error-not-active = Seul un membre actif peut recevoir un certificat.
error-focal-has-account = L’adresse du point focal appartient déjà à un compte du secrétariat, des finances ou d’un autre membre. Modifiez d’abord l’adresse du point focal dans la candidature.
error-status-change = Ce changement n’est pas possible pour le membre dans sa situation actuelle.
error-effective-date = Indiquez une date qui ne soit ni postérieure à aujourd’hui ni antérieure à l’adhésion, au format AAAA-MM-JJ.
profile-edit = Modifier le profil
profile-edit-title = Modifier le profil d’un membre
profile-edit-application = Corriger la candidature
profile-identity-fixed = Seul le secrétariat peut modifier le type de collectivité et le pays.
profile-save = Enregistrer le profil
profile-saved = Le profil a été enregistré.
standing-history = Historique de la qualité de membre
standing-change = Modifier la qualité de membre
standing-change-choice = Changement
standing-suspend = Suspendre l’adhésion
standing-withdraw = Enregistrer le retrait
standing-reinstate = Rétablir comme membre actif
standing-effective = À compter du
hint-standing-effective = Laisser vide pour aujourd’hui.
hint-standing-reason = Enregistré, visible des membres connectés et envoyé au point focal dans sa langue.
standing-submit = Enregistrer le changement
email-standing-subject = Qualité de membre : { $status }
email-standing-body =
    La qualité de membre de { $authority } dans le réseau est désormais : { $status }, à compter du { $date }.

    Motif : { $reason }
directory-standing = Cotisations
standing-good = À jour
standing-arrears = En retard
profile-location = Emplacement sur la carte
hint-location = En degrés décimaux, par exemple 31,5294 et 35,0938 (le nord et l’est sont positifs). Laissez les deux vides pour ne pas figurer sur la carte.
hint-location-suggested = Suggéré d’après GeoNames (CC BY 4.0) pour { $place } : vérifiez-le avant d’enregistrer. En degrés décimaux ; le nord et l’est sont positifs.
field-latitude = Latitude
field-longitude = Longitude
error-latitude = Indiquez une latitude entre -90 et 90, par exemple 31,5294.
error-longitude = Indiquez une longitude entre -180 et 180, par exemple 35,0938.
error-coordinates-pair = Indiquez la latitude et la longitude, ou aucune des deux.
