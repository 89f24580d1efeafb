# errors: fr
error-unauthenticated = Veuillez vous connecter pour continuer.
error-forbidden = Votre compte n'a pas accès à ceci.
error-not-found = Élément introuvable.
error-rate-limited = Trop de tentatives. Veuillez patienter { $seconds } secondes puis réessayer.
error-bad-credentials = L'adresse e-mail ou le mot de passe est incorrect.
error-invalid-link = Ce lien n'est plus valable : il a déjà servi ou il a expiré.
error-internal = Une erreur s'est produite de notre côté. Rien n'a été modifié ; veuillez réessayer.
error-transport = La requête n'a pas atteint le serveur. Vérifiez votre connexion et réessayez.
error-email-invalid = Saisissez une adresse e-mail comme nom@ville.org.
error-email-taken = Un compte utilise déjà cette adresse e-mail.
error-password-too-short = Le mot de passe doit comporter au moins 10 caractères.
error-password-too-long = Le mot de passe ne peut dépasser 200 caractères.
error-password-mismatch = Les deux mots de passe ne sont pas identiques.
error-name-required = Saisissez un nom.
error-name-too-long = Le nom ne peut dépasser 200 caractères.
error-choice-invalid = Choisissez l'une des options.
error-cross-origin = Cette requête provenait d'un autre site et a été refusée.
