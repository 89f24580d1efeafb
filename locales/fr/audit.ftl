# audit: fr
audit-title = Journal d'audit
audit-when = Quand
audit-actor = Qui
audit-action = Action
audit-entity = Élément
audit-summary = Résumé
audit-change = Modification
audit-show-change = Avant et après
audit-before = Avant
audit-after = Après
audit-system = système
audit-empty = Aucune modification enregistrée ne correspond.
activity-title = Activité publique
activity-lead = Ce que le réseau a décidé et réalisé, au fil de l'eau.
activity-feed-link = S'abonner (flux Atom)
activity-empty = Rien n'a encore été publié.
