nav-finance = Service financier
nav-invoices = Nos factures
finance-office-title = Service financier
finance-office-lead = Fixez les cotisations de chaque année, enregistrez les exonérations solidaires, émettez les appels de cotisation et suivez les factures.
schedules-heading = Barèmes des cotisations
schedules-none = Aucun barème pour l’instant. Commencez par celui de l’année à venir ci-dessous.
schedule-title = Barème des cotisations
schedule-heading = Cotisations { $year } · version { $version }
schedule-year = Année
schedule-currency = Devise
hint-schedule-currency = Son code ISO 4217, par exemple EUR, USD ou JOD.
schedule-due-on = Échéance
schedule-palestinian-percent = Part due par les membres palestiniens (%)
hint-schedule-palestinian-percent = Du montant de leur tranche : 0 les exonère, 100 demande le montant entier.
schedule-payment-instructions = Instructions de paiement
hint-schedule-payment-instructions = Bénéficiaire, banque, IBAN et BIC : imprimés sur chaque appel émis selon ce barème.
schedule-bands = Tranches
schedule-calls = Appels émis
schedule-state = État
schedule-state-open = Ouvert : il peut encore changer
schedule-state-locked = Verrouillé : des appels ont été émis
schedule-state-superseded = Remplacé par une version plus récente
schedule-new = Établir le barème d’une année
schedule-create = Créer le barème
schedule-edit = Modifier le barème
schedule-save = Enregistrer le barème
schedule-saved = Le barème est enregistré.
schedule-locked-explained = Des appels ont été émis selon ce barème : il ne peut plus changer. Une nouvelle version reprend ses valeurs et ses tranches ; les appels déjà émis restent tels quels.
schedule-new-version = Commencer une nouvelle version
bands-none = Aucune tranche pour l’instant : ajoutez-en une par type de collectivité et population.
band-new = Ajouter une tranche
band-kind = Type de collectivité
band-population-max = Population jusqu’à
hint-band-population-max = Laissez vide pour la tranche sans limite supérieure. Un membre dont la population est inconnue paie la première tranche de son type.
band-no-limit = Sans limite
band-amount = Cotisation annuelle ({ $currency })
hint-band-amount = Par exemple 1500 ou 1 500,50.
band-add = Ajouter la tranche
band-remove = Retirer
calls-heading = Appels { $year }
calls-lead = Chaque membre actif reçoit une facture pro forma dans la langue de son correspondant, avec un courriel. Les membres qui ont déjà leur appel de l’année sont laissés de côté : émettre deux fois n’émet rien deux fois.
calls-issue-all = Émettre les appels de l’année à tous les membres actifs
calls-issue-one-heading = Émettre l’appel d’un membre
calls-issue-one = Émettre l’appel de ce membre
calls-issued =
    { PLURAL($count) ->
        [one] { $count } appel émis.
       *[other] { $count } appels émis.
    }
calls-already =
    { PLURAL($count) ->
        [one] { $count } membre avait déjà son appel.
       *[other] { $count } membres avaient déjà leur appel.
    }
calls-without-band =
    { PLURAL($count) ->
        [one] { $count } membre n’a pas de tranche de son type dans ce barème : ajoutez-la, puis émettez à nouveau.
       *[other] { $count } membres n’ont pas de tranche de leur type dans ce barème : ajoutez-les, puis émettez à nouveau.
    }
waivers-heading = Exonérations solidaires
waivers-lead = Un membre nommé paie une part réduite de sa cotisation, ou rien, pour les années indiquées. La plus basse de ses exonérations et de la règle du barème s’applique.
waiver-new = Enregistrer une exonération
waiver-member = Membre
waiver-percent-due = Part qu’il paie (%)
hint-waiver-percent-due = 0 l’exonère entièrement.
waiver-from-year = De l’année
waiver-until-year = Jusqu’à l’année
waiver-years = Années
waiver-reason = Motif
waiver-add = Enregistrer l’exonération
waiver-saved = L’exonération est enregistrée.
invoices-title = Factures
invoices-filter = Afficher
invoices-none = Aucune facture pour l’instant.
invoices-count =
    { PLURAL($count) ->
        [one] { $count } facture
       *[other] { $count } factures
    }
member-invoices-title = Factures
member-invoices-heading = Factures
member-invoices-lead = Appels de cotisation et avoirs de votre collectivité. Ouvrez-en un pour l’imprimer ou lire comment payer.
invoice-title = Facture
invoice-number = Numéro
invoice-member = Membre
invoice-kind = Nature
invoice-amount = Montant
invoice-due-on = Échéance
invoice-status = État
invoice-issued-on = Émise le
invoice-kind-call = Appel de cotisation
invoice-kind-credit-note = Avoir
invoice-status-open = À payer
invoice-status-paid = Payée
invoice-status-cancelled = Annulée par un avoir
invoice-status-settled = Rien à payer
invoice-network = Réseau international des collectivités locales solidaires des collectivités locales palestiniennes
invoice-call-title = Appel de cotisation { $year } (facture pro forma)
invoice-credit-title = Avoir
invoice-to = Destinataire
invoice-basis = Cotisation annuelle { $year } pour ce type de collectivité ({ $kind }) : { $amount } pour sa tranche de population.
invoice-basis-palestinian = Collectivité locale palestinienne : { $percent } % de ce montant est dû.
invoice-basis-waiver = Exonération solidaire : { $percent } % de ce montant est dû ({ $reason }).
invoice-credit-basis = Annule la facture { $number }.
invoice-words-whole = En toutes lettres : { $words } { $currency }.
invoice-words-fraction = En toutes lettres : { $words } { $currency } et { $fraction }.
invoice-how-to-pay = Comment payer
invoice-quote-reference = Indiquez { $number } comme référence de votre virement, afin que votre paiement soit rapproché de cette facture.
credit-note-heading = Annuler par un avoir
credit-note-lead = Une facture n’est jamais modifiée ni supprimée : un avoir du même montant l’annule, et un nouvel appel peut alors être émis.
credit-note-reason = Motif, imprimé sur l’avoir
credit-note-issue = Émettre l’avoir
error-year = Saisissez une année de 2000 à 2100.
error-percent = Saisissez un nombre entier de 0 à 100.
error-currency = Saisissez le code ISO 4217 d’une devise, par exemple EUR.
error-currency-has-bands = Les tranches sont dans cette devise : retirez-les avant de la changer.
error-amount = Saisissez un montant, par exemple 1500 ou 1 500,50.
error-band-population = Saisissez un nombre entier d’habitants, ou laissez vide.
error-band-taken = Ce barème a déjà une tranche de ce type avec cette limite.
error-until-year = La dernière année vient après la première.
error-schedule-locked = Des appels ont été émis selon ce barème : commencez une nouvelle version pour le changer.
error-schedule-superseded = Une version plus récente de ce barème existe : émettez les appels selon celle-ci.
error-schedule-no-bands = Ajoutez les tranches du barème avant d’émettre les appels.
error-schedule-changed = Le barème a changé entre-temps : vérifiez-le et recommencez.
error-member-not-active = Seul un membre actif reçoit un appel de cotisation.
error-invoice-not-open = Seul un appel de cotisation à payer peut être annulé.
email-call-issued-subject = Appel de cotisation { $year } : facture { $number }
email-call-issued-body =
    L’appel de cotisation { $year } de votre collectivité est émis : facture { $number }, { $amount }, à régler avant le { $date }.

    Consultez-la, imprimez-la pour l’approbation de votre conseil et lisez comment payer :
    { $link }
invoice-kind-final = Facture (acquittée)
invoice-kind-receipt = Reçu
invoice-final-title = Facture des cotisations { $year }
invoice-receipt-title = Reçu
invoice-final-basis = Cotisation appelée par { $number }, acquittée intégralement.
invoice-receipt-basis = Reçu pour { $number } : { $amount } par { $method } le { $date }.
invoice-basis-credit = Avoir reporté d’un trop-perçu antérieur : { $amount }.
invoice-about = Concerne
invoice-credit-applied = Réglé par avoir reporté
invoice-payments = Paiements reçus
invoice-outstanding = Reste à payer
payment-method-transfer = virement bancaire
payment-method-card = carte
payment-status-unmatched = En attente de rapprochement
payment-status-matched = Rapproché
payment-status-exception = À examiner
payments-title = Paiements
payments-awaiting = En attente de rapprochement
payments-awaiting-none = Chaque paiement reçu est rapproché de sa facture.
payments-recent = Derniers rapprochés
payments-recent-none = Aucun paiement rapproché pour l’instant.
payment-recorded-matched = Le paiement est enregistré et rapproché de sa facture.
payment-recorded-awaiting = Le paiement est enregistré. Sa référence ne cite aucune facture à payer : rapprochez-le ci-dessous.
transfer-new = Enregistrer un virement
transfer-lead = Tel que le relevé bancaire l’indique. Une référence citant le numéro d’une facture à payer la rapproche aussitôt.
transfer-received-on = Reçu le
transfer-amount = Montant
transfer-payer = Payeur
transfer-reference = Référence
hint-transfer-reference = La référence du virement, par exemple 2027-0042.
transfer-record = Enregistrer le virement
payment-match-heading = Rapprocher un paiement
payment-match = Rapprocher
payment-credited = Crédité dans la devise de la facture
hint-payment-credited = Seulement pour un paiement dans une autre devise : ce que la banque a crédité.
payment-rate = Taux de change
payment-method = Moyen
payment-suggestion = Facture probable
grace-heading = Date de grâce
grace-on = Les cotisations impayées comptent contre le statut après le
hint-grace-on = Après cette date, un membre dont l’appel reste à payer n’est plus à jour de ses obligations jusqu’à son paiement. Laissez vide pour aucune date.
grace-save = Enregistrer la date de grâce
grace-none = Aucune
error-payment-matched = Ce paiement est déjà rapproché d’une facture.
error-invoice-number = Saisissez le numéro d’un appel de cotisation non annulé, par exemple 2027-0042.
error-credited = Saisissez ce que la banque a crédité dans la devise de la facture.
error-rate = Saisissez le taux en chiffres, par exemple 0,9213.
payments-import-statement = Importer un relevé bancaire
statements-title = Relevés bancaires
statements-lead = Importez le relevé que votre banque exporte, en CSV ou au format ISO 20022 camt.053 (XML). Chaque paiement reçu devient un paiement ici une seule fois, quel que soit le nombre d’imports du fichier ; une référence qui cite le numéro d’une facture ouverte la règle aussitôt, les autres vous attendent sur la page des paiements.
statement-import-heading = Importer un relevé
statement-import-lead = Les débits du relevé sont ignorés. Un relevé dont une ligne est illisible n’est pas importé du tout : la ligne est indiquée pour que vous corrigiez le fichier ou sa correspondance.
statement-file = Fichier du relevé
hint-statement-file = CSV ou camt.053 (XML), 16 Mo au plus.
statement-mapping = Correspondance CSV
hint-statement-mapping = Pour un fichier CSV : la banque qui l’a exporté. Un fichier camt.053 n’en a pas besoin.
statement-mapping-none = Aucune (camt.053)
statement-import = Importer le relevé
statement-problem-line = Ligne { $line } :
statement-problem-line-column = Ligne { $line }, colonne { $column } :
statement-problem-entry = Écriture { $line } :
statement-problem-entry-element = Écriture { $line }, élément { $column } :
statement-imported = Paiements lus : { $lines }. Enregistrés : { $added }, dont réglant aussitôt une facture : { $matched }. Déjà importés auparavant : { $duplicates }.
statement-match-rest =
    { PLURAL($count) ->
        [one] Rapprocher le paiement restant sur la page des paiements
       *[other] Rapprocher les { $count } paiements restants sur la page des paiements
    }
statements-latest = Derniers relevés
statements-none = Aucun relevé importé pour l’instant.
statement-imported-on = Importé le
statement-format = Format
statement-lines = Paiements lus
statement-added = Enregistrés
statement-matched = Réglés aussitôt
statement-duplicates = Déjà importés
statement-imported-by = Par
statement-format-csv = CSV
statement-format-camt053 = camt.053 (XML)
mappings-heading = Correspondances CSV
mappings-none = Aucune correspondance : décrivez ci-dessous l’export CSV de votre banque avant d’en importer un.
mapping-heading = Décrire l’export CSV d’une banque
mapping-lead = Écrivez l’en-tête de chaque colonne exactement comme la première ligne du fichier de la banque l’affiche. Enregistrer sous un nom existant corrige cette correspondance.
mapping-name = Banque ou compte
hint-mapping-name = Par exemple Crédit Agricole — compte des cotisations.
mapping-delimiter = Colonnes séparées par
mapping-date-column = Colonne de la date
mapping-date-order = Dates écrites
mapping-amount-column = Colonne du montant
mapping-payer-column = Colonne du payeur
mapping-reference-column = Colonne de la référence
mapping-currency-column = Colonne de la devise
hint-mapping-currency-column = Laissez vide si toutes les lignes sont dans la devise ci-dessous.
mapping-default-currency = Devise
mapping-save = Enregistrer la correspondance
mapping-saved = La correspondance est enregistrée : choisissez-la pour importer les relevés de cette banque.
mapping-edit = Corriger
delimiter-comma = Virgules (,)
delimiter-semicolon = Points-virgules (;)
delimiter-tab = Tabulations
date-order-ymd = Année d’abord (2027-03-31)
date-order-dmy = Jour d’abord (31/03/2027)
date-order-mdy = Mois d’abord (03/31/2027)
error-mapping-taken = Une autre correspondance porte ce nom : réessayez pour la corriger.
error-statement-empty = Choisissez le fichier du relevé.
error-statement-too-big = Le fichier dépasse 16 Mo : exportez une période plus courte.
error-statement-encoding = Le fichier n’est pas en UTF-8 : exportez-le à nouveau en UTF-8 (ou en camt.053).
error-statement-mapping = Choisissez la correspondance CSV de la banque qui a exporté ce fichier.
error-statement-unreadable = Cette partie du fichier est illisible.
error-statement-column-missing = le fichier n’a pas de colonne avec cet en-tête : corrigez la correspondance ou le fichier.
error-statement-not-camt = Ce fichier XML n’est pas un relevé bancaire camt.053.
error-statement-racing = Un autre import du même relevé s’est terminé avant : importez-le à nouveau pour voir ce qu’il ajoute.
error-statement-currency = la devise n’est pas un code ISO 4217.
error-statement-amount = le montant est illisible.
error-statement-date = la date est illisible dans l’ordre de la correspondance.
dues-dashboard-title = Tableau de bord des cotisations
dashboard-years = Années
dashboard-year-heading = Cotisations { $year }
dashboard-awaiting =
    { PLURAL($count) ->
        [one] Un paiement à rapprocher
       *[other] { $count } paiements à rapprocher
    }
dashboard-exceptions =
    { PLURAL($count) ->
        [one] un paiement à examiner
       *[other] { $count } paiements à examiner
    }
dashboard-by-currency = Par devise
dashboard-by-country = Par pays
dashboard-country = Pays
dashboard-calls = Appels
dashboard-called = Appelé
dashboard-paid = Payé
dashboard-outstanding = Restant dû
dashboard-waived = Exonéré
dashboard-no-calls = Aucun appel de cotisation cette année pour l’instant.
dues-dashboard-overdue = Échéance dépassée
dashboard-overdue-none = Aucun appel impayé n’a dépassé son échéance.
dashboard-standing = Situation
dashboard-in-arrears = En retard de cotisation
dashboard-in-grace = Pas encore en retard
dashboard-exports = Exports
dashboard-export-invoices = Factures { $year } (CSV)
dashboard-export-payments = Paiements reçus en { $year } (CSV)
export-member-id = Numéro du membre
export-waived = Exonéré
export-payment-status = Statut
dues-public-title = Cotisations perçues
dues-public-lead = Chaque année, ce que les membres du réseau ont payé en cotisations, combien ont été appelés et combien exonérés par solidarité. Le montant d’aucun membre n’est publié.
dues-public-none = Aucune cotisation n’a encore été appelée.
dues-public-collected = Perçu
dues-public-nothing = Rien pour l’instant
dues-public-called = Membres appelés
dues-public-paying = Membres ayant payé
dues-public-exempt = Membres exonérés
dues-public-members =
    { PLURAL($count) ->
        [one] un membre
       *[other] { $count } membres
    }
email-dues-reminder-subject = Rappel : la facture { $number } est à régler au plus tard le { $date }
email-dues-reminder-body =
    La facture { $number } de la cotisation de votre collectivité est à régler au plus tard le { $date } : il reste { $amount } à payer.

    Si votre conseil l’a déjà approuvée et que le virement est en cours, merci : rien de plus n’est nécessaire. Indiquez { $number } comme référence du virement. Consultez la facture et comment payer :
    { $link }
email-dues-overdue-subject = La facture { $number } a dépassé son échéance
email-dues-overdue-body =
    La facture { $number } de la cotisation de votre collectivité était à régler au plus tard le { $date } ; il reste { $amount } à payer.

    Passé la date de grâce fixée par le réseau, une cotisation impayée fait perdre à votre collectivité sa qualité de membre à jour (elle ne peut plus inscrire de délégation aux conférences) jusqu’au paiement. Si le paiement est difficile, écrivez au service financier du réseau : des exonérations solidaires existent. Consultez la facture et comment payer :
    { $link }
payment-note-typed-twin = Même date, même montant et même devise que le paiement { $id } saisi à la main : vérifiez qu’il ne s’agit pas du même virement avant de le rapprocher.
payment-exception-unknown-session = Paiement par carte venu d'un paiement Stripe que Sumud n'a pas ouvert (un lien de paiement ou le tableau de bord de Stripe) : retrouvez son membre et rapprochez-le à la main, ou remboursez-le dans Stripe.
payment-exception-invoice-closed = Paiement par carte d'un appel déjà payé ou annulé : rapprochez-le d'un autre appel du membre, ou remboursez-le dans Stripe.
payment-exception-currency = Paiement par carte dans une autre devise que celle de son appel : rapprochez-le à la main avec le montant crédité.
payment-exception-amount = Paiement par carte supérieur au reste à payer : rapprochez-le à la main (l'excédent est reporté en crédit), ou remboursez la différence dans Stripe.
error-card-nothing-left = Il ne reste rien à payer sur cette facture.
error-card-currency = La devise de cette facture ne peut pas être payée par carte. Merci de payer par virement.
error-card-unavailable = Le service de paiement par carte est injoignable pour le moment. Rien n'a été débité. Réessayez dans quelques minutes, ou payez par virement.
card-line-item = Cotisation { $year }, facture { $number }
invoice-card-heading = Payer par carte
invoice-card-lead = Vous passerez par la page de paiement sécurisée de Stripe, puis reviendrez ici. Les données de votre carte ne parviennent jamais à Sumud.
invoice-pay-by-card = Payer { $amount } par carte
invoice-card-done = Merci. Stripe a reçu votre paiement : il apparaît sur cette facture dès que Stripe le confirme, en général en moins d'une minute.
invoice-card-cancelled = Le paiement par carte a été annulé. Rien n'a été débité.
invoice-card-link = Pour payer par carte, connectez-vous à Sumud et ouvrez cette facture :
