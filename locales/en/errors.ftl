# errors: en
error-unauthenticated = Please sign in to continue.
error-forbidden = Your account does not have access to this.
error-not-found = This was not found.
error-rate-limited = Too many attempts. Please wait { $seconds } seconds and try again.
error-bad-credentials = The email address or the password is wrong.
error-invalid-link = This link is not valid any more: it was already used or it expired.
error-internal = Something went wrong on our side. Nothing was changed; please try again.
error-transport = The request did not reach the server. Check your connection and try again.
error-email-invalid = Enter an email address such as name@city.org.
error-email-taken = An account already uses this email address.
error-password-too-short = The password needs at least 10 characters.
error-password-too-long = The password can have at most 200 characters.
error-password-mismatch = The two passwords are not the same.
error-name-required = Enter a name.
error-name-too-long = The name can have at most 200 characters.
error-choice-invalid = Choose one of the options.
error-cross-origin = This request came from another site and was refused.
