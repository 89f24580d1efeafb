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
email-registration-pending-subject = Nous avons reçu votre inscription à { $edition }
email-registration-pending-body = Votre inscription à { $edition } est reçue. Le secrétariat va l'examiner et vous écrira.
email-registration-confirmed-subject = Votre place à { $edition } est confirmée
email-registration-confirmed-body = Votre inscription à { $edition } est confirmée. Nous nous réjouissons de vous accueillir.
email-registration-waitlisted-subject = Vous êtes sur la liste d'attente de { $edition }
email-registration-waitlisted-body = Toutes les places de { $edition } sont prises pour l'instant : vous êtes sur la liste d'attente. Si une place se libère, elle revient à la première personne de la liste et nous vous écrivons aussitôt.
email-registration-promoted-subject = Une place s'est libérée : votre place à { $edition } est confirmée
email-registration-promoted-body = Une place de { $edition } s'est libérée et elle est pour vous : votre inscription est désormais confirmée.
email-registration-cancelled-subject = Votre inscription à { $edition } est annulée
email-registration-cancelled-body = Votre inscription à { $edition } est annulée. S'il s'agit d'une erreur, inscrivez-vous de nouveau tant que les inscriptions sont ouvertes.
email-registration-rejected-subject = Votre inscription à { $edition }
email-registration-rejected-body = Le secrétariat n'a pas pu retenir votre inscription à { $edition }.
email-registration-link = Pour consulter, modifier ou annuler votre inscription et choisir vos séances, ouvrez votre lien personnel (gardez-le pour vous ; il ne demande pas de mot de passe) : { $link }
email-registration-renewed-subject = Votre nouveau lien personnel pour { $edition }
email-registration-renewed-body = Vous avez demandé un nouveau lien personnel pour votre inscription à { $edition }. Le lien précédent et l'adresse précédente de votre agenda ne fonctionnent plus. Votre nouveau lien (gardez-le pour vous ; il ne demande pas de mot de passe) : { $link }
    Si vous ne l'avez pas demandé, quelqu'un d'autre avait votre lien : ouvrez le nouveau lien et demandez-en aussitôt un autre ; le sien cessera de fonctionner.
