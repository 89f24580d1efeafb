nav-reports = Rapports d'avancement
progress-percent = { $value } %
responsible-secretariat = Le secrétariat
responsible-member = Un membre
report-state-pending = En attente du secrétariat
report-state-accepted = Accepté
report-state-returned = Renvoyé
plan-title = Mise en œuvre
plan-empty = Aucune action n'est encore prévue pour ce texte.
plan-progress = Avancement d'ensemble :
action-new = Ajouter une action
action-new-child = Ajouter une sous-action
action-edit = Modifier cette action
action-save = Enregistrer l'action
action-title = Action
hint-action-title = Dans au moins une langue ; celle de cette page fait foi quand vous la remplissez.
action-place = Place dans le plan
action-parent = Fait partie de
hint-action-parent = Un projet regroupe ses sous-actions ; son avancement est calculé à partir du leur.
action-parent-none = Rien : une action de premier niveau du texte
action-external-id = Référence externe
hint-action-external-id = Facultatif. La clé sous laquelle un tableur de mises à jour désigne cette action, par exemple HEB-ROADS-01.
action-responsible = Responsable
action-responsible-kind = Qui la mène
action-member = Membre responsable
hint-action-member = Obligatoire quand un membre la mène ; son point focal rendra compte de l'avancement.
action-member-none = Aucun membre
action-status = Statut
action-progress = Avancement
hint-action-progress = De 0 à 100. Laissez vide pour prendre l'avancement habituel du statut.
action-progress-computed = (calculé à partir de ses sous-actions, selon leur poids)
action-weight = Poids
hint-action-weight = Ce qu'elle compte dans l'avancement de son parent, de 1 à 1000 (1 si vide).
action-starts-on = Début
action-due-on = Échéance
action-overdue = En retard
action-children = Sous-actions
timeline-title = Ce qui s'est passé
timeline-empty = Rien n'a encore été enregistré.
progress-record = Enregistrer ce qui s'est passé
progress-happened-on = Date
progress-note = Ce qui s'est passé
hint-progress-optional = Facultatif : le nouvel avancement, de 0 à 100.
progress-status-unchanged = Statut inchangé
progress-record-submit = Enregistrer
reports-title = Rapports d'avancement
reports-lead-secretariat = Les rapports que les points focaux des membres ont envoyés sur leurs actions. En accepter un met l'action à jour ; en renvoyer un dit au point focal pourquoi.
reports-lead-member = Les actions dont votre membre est responsable, et les rapports que vous avez envoyés.
reports-my-actions = Les actions de votre membre
reports-no-actions = Aucune action n'est encore confiée à votre membre.
reports-sent = Rapports
reports-empty = Aucun rapport pour l'instant.
report-send-title = Rendre compte de l'avancement
hint-report = Le secrétariat lit votre rapport avant que l'action ne change.
hint-progress = De 0 à 100.
report-note = Ce qui a été fait
report-send = Envoyer le rapport
report-progress-was = Avancement déclaré : { $value } %
report-accept = Accepter
report-return = Le renvoyer
report-return-reason = Motif du renvoi
hint-report-return-reason = Le point focal le lit dans un courriel.
report-returned-because = Renvoyé :
error-title-one-language = Donnez le titre dans au moins une langue.
error-external-id = N'utilisez que des lettres, chiffres, tirets, tirets bas, points et barres obliques.
error-external-id-taken = Une autre action a déjà cette référence externe.
error-responsible-member = Choisissez le membre responsable.
error-progress = Saisissez un nombre entier de 0 à 100.
error-weight = Saisissez un nombre entier de 1 à 1000.
error-due-before-start = L'échéance ne peut pas précéder le début.
error-date-future = Cette date n'est pas encore arrivée.
error-action-cycle = Une action ne peut pas faire partie d'elle-même ni de l'une de ses sous-actions.
error-action-closed = Cette action est close : elle ne reçoit plus de rapports.
error-report-decided = Ce rapport a déjà été traité. Rechargez la page pour voir comment.
email-report-returned-subject = Rapport renvoyé : { $reference } { $action }
email-report-returned-body =
    Le secrétariat a renvoyé votre rapport d'avancement sur « { $action } » ({ $reference }) :

    { $reason }

    Vous pouvez envoyer un nouveau rapport ici :
    { $link }
dashboard-link = Où en est leur mise en œuvre : le tableau de bord
dashboard-title = Tableau de bord de la mise en œuvre
dashboard-lead = Où en sont les plans des textes publiés : leur avancement par thème, celui de leurs actions par édition de la conférence qui les a adoptées ou reconduites, et leurs actions par statut.
dashboard-figures = Les chiffres
dashboard-texts = Textes publiés
dashboard-actions-title = Actions
dashboard-actions =
    { PLURAL($count) ->
        [one] { $count } action
       *[other] { $count } actions
    }
dashboard-by-theme = Avancement par thème
dashboard-by-edition = Avancement par édition de la conférence
dashboard-by-status = Actions par statut
email-action-overdue-subject = En retard : { $action } ({ $reference })
email-action-overdue-body =
    « { $action } » ({ $reference }), dont votre membre est responsable, était attendue pour le { $due }.

    Dites au secrétariat où elle en est en envoyant un rapport d'avancement :
    { $link }
dashboard-download = Toutes les actions de tous les textes publiés, à télécharger :
feed-title = Sumud : textes publiés et leur avancement
feed-text-published = Publié : { $reference } { $title }
feed-progress = Avancement : { $action } ({ $reference }) à { $value } %
dashboard-feed = Suivre les publications et l'avancement (flux Atom)
bulk-title = Mettre à jour les actions depuis un tableur
bulk-lead = Téléversez un CSV avec une ligne par action, désignée par sa référence externe. Vous voyez d'abord ce que chaque ligne changerait et quelles lignes ne peuvent pas être appliquées ; rien ne change avant que vous l'appliquiez, et alors tout change en une fois.
bulk-columns-title = Colonnes
bulk-column-external-id = obligatoire : la référence externe de l'action, par exemple HEB-ROADS-01
bulk-column-progress = facultatif : le nouvel avancement, de 0 à 100
bulk-column-status = facultatif : le nom court d’un statut de la liste (Statuts des actions), comme in-progress ou completed
bulk-column-due-on = facultatif : la nouvelle échéance, au format AAAA-MM-JJ
bulk-column-happened-on = facultatif : la date des faits, au format AAAA-MM-JJ (aujourd'hui si vide)
bulk-column-note = facultatif : ce qui s'est passé, pour l'historique de l'action
bulk-file = Le fichier CSV
hint-bulk-file = Enregistré en « CSV UTF-8 » depuis un tableur, avec les noms de colonnes sur la première ligne.
bulk-paste = Ou collez son texte
hint-bulk-paste = Utilisé quand aucun fichier n'est choisi.
bulk-check = Vérifier ce que cela changerait
bulk-summary = { $lines } lignes lues : { $changes } changeraient une action, { $unchanged } ne changent rien, { $problems } ne peuvent pas être appliquées.
bulk-problems-title = Lignes qui ne peuvent pas être appliquées
bulk-problems-lead = Corrigez-les dans le tableur et téléversez-le de nouveau : rien n'est appliqué tant qu'une ligne est refusée.
bulk-line = Ligne
bulk-column = Colonne
bulk-reason = Motif
bulk-changes-title = Ce qui changerait
bulk-from-to = { $before } → { $after }
bulk-apply = Appliquer tous ces changements
bulk-applied =
    { PLURAL($count) ->
        [one] Appliqué : { $count } action modifiée, le
       *[other] Appliqué : { $count } actions modifiées, le
    }
bulk-default-note = Mis à jour depuis le tableur { $file }.
error-bulk-unreadable = Cette ligne ne peut pas être lue comme du CSV (vérifiez ses guillemets).
error-bulk-column-twice = Cette colonne apparaît deux fois.
error-bulk-unknown-column = Colonne inconnue : utilisez les noms ci-dessus.
error-bulk-no-key = La colonne external_id manque.
error-bulk-too-long = Le tableur a plus de 5 000 lignes : divisez-le.
error-bulk-duplicate = Cette action figure déjà sur une ligne précédente.
error-bulk-unknown-action = Aucune action n'a cette référence externe.
error-bulk-unknown-status = Statut inconnu : utilisez le nom court d’un statut de la liste (Statuts des actions), comme in-progress.
error-bulk-empty = Choisissez un fichier ou collez son texte.
error-bulk-too-big = Le fichier est trop lourd (900 Ko au plus).
error-bulk-encoding = Le fichier n'est pas en UTF-8 : enregistrez-le en « CSV UTF-8 » et téléversez-le de nouveau.
error-bulk-applied = Ce tableur a déjà été appliqué.
error-bulk-has-problems = Certaines lignes ne peuvent plus être appliquées : rechargez la page pour les voir.
dashboard-texts-count =
    { PLURAL($count) ->
        [one] { $count } texte
       *[other] { $count } textes
    }
dashboard-planned = { $count } avec un plan
dashboard-overdue = { $count } en retard
dashboard-row-count =
    { PLURAL($count) ->
        [one] { $count } texte
       *[other] { $count } textes
    }
statuses-title = Statuts des actions
statuses-lead = Les statuts qu’une action peut avoir. Un statut avec un avancement habituel le donne aux actions qui le prennent (terminée : 100 %) ; un statut qui ne compte pas dans l’avancement (annulée) écarte ses actions de l’avancement de leur projet.
status-add = Ajouter un statut
status-edit = Corriger
status-save = Enregistrer le statut
status-name = Nom
hint-status-slug = Pour les tableurs de mises à jour : lettres minuscules, chiffres et traits d’union, comme in-progress. Il ne change plus une fois le statut ajouté.
error-status-slug-taken = Un autre statut porte déjà ce nom court.
error-status-slug-fixed = Un statut garde son nom court : les tableurs de mises à jour et les téléchargements du suivi le nomment ainsi.
status-default-progress = Avancement habituel
hint-status-default-progress = De 0 à 100, ou vide : une action qui le prend garde son propre avancement.
status-keeps-progress = Le sien
status-counts = Compte dans l’avancement
hint-status-counts = Décochez pour un statut comme « annulée » : ses actions sont écartées de l’avancement de leur projet.
status-counts-yes = Oui
status-counts-no = Non
action-editions = Adoptée ou reconduite lors de
plan-by-edition = Par édition de la conférence
hint-plan-by-edition = Ce que chaque édition de la conférence a adopté ou reconduit de ce plan, et où cela en est aujourd'hui. Ouvrez-en une pour voir ses actions.
plan-all-actions = Toutes les actions
plan-edition-link = L'édition de la conférence
plan-edition-completed =
    { PLURAL($count) ->
        [one] { $count } terminée
       *[other] { $count } terminées
    }
plan-edition-overdue =
    { PLURAL($count) ->
        [one] { $count } action en retard
       *[other] { $count } actions en retard
    }
