# email: fr
email-greeting = Bonjour { $name },
email-signature = — Le secrétariat du réseau Sumud
email-invitation-subject = Votre compte Sumud
email-invitation-body =
    { $inviter } vous a invité·e sur Sumud en tant que { $role }.

    Choisissez votre mot de passe ici (lien valable 14 jours) :
    { $link }
email-reset-subject = Choisissez un nouveau mot de passe Sumud
email-reset-body =
    Quelqu'un a demandé à réinitialiser le mot de passe de votre compte Sumud. Si c'est vous, choisissez-en un nouveau ici (lien valable deux heures) :
    { $link }

    Sinon, ignorez ce message : votre mot de passe reste inchangé.
outbox-title = Boîte d'envoi
outbox-no-smtp = Aucun relais de messagerie n'est configuré (SMTP_URL) : les messages sont conservés ici sans être envoyés. Transférez-les à la main ou configurez SMTP.
outbox-empty = Aucun message pour l'instant.
outbox-sent = envoyé { $at }
outbox-failed = non envoyé après { $attempts } tentatives : { $error }
outbox-waiting = en attente
