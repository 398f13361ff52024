## Signing in and out

nav-account-label = Account
nav-admin = Administration
auth-sign-in = Sign in
auth-sign-in-title = Sign in to Parité
auth-sign-in-help = Accounts are for evaluators, team leads, funders and administrators. To answer a survey you need no account: open the link you were sent.
auth-email = Email address
auth-password = Password
auth-email-required = Please enter your email address.
auth-password-required = Please enter your password.
auth-wrong-credentials = The email address or the password is incorrect.
auth-throttled-seconds = { $seconds ->
        [one] Too many unsuccessful attempts. Please wait 1 second, then try again.
       *[other] Too many unsuccessful attempts. Please wait { $seconds } seconds, then try again.
    }
auth-throttled-minutes = { $minutes ->
        [one] Too many unsuccessful attempts. Please wait 1 minute, then try again.
       *[other] Too many unsuccessful attempts. Please wait { $minutes } minutes, then try again.
    }
auth-account-title = Your account
auth-signed-in-as = You are signed in as { $email } ({ $role }).
auth-account-pages = Your pages
auth-sign-out = Sign out
auth-sign-out-everywhere = Sign out everywhere
auth-sign-out-everywhere-hint = Ends your sessions on every computer and phone, for example if you signed in on a shared device.
auth-forbidden-title = You do not have access to this page
auth-forbidden-body = Your account does not give access to this page. If you need it, ask an administrator.
auth-back-home = Back to the home page

## Roles

role-admin = Administrator
role-evaluator = Evaluator
role-team-lead = Team lead
role-funder = Funder

## Setting a password from a one-time link

auth-password-title = Choose your password
auth-password-intro = This password will be used to sign in as { $email }.
auth-new-password = New password
auth-new-password-hint = At least 12 characters. A few words you will remember make a good password; common passwords, and passwords containing your email address, are refused.
auth-confirm-password = The same password again
auth-password-save = Save my password
auth-password-done-title = Your password is saved
auth-password-done-body = You can now sign in with your email address and this password.
auth-link-invalid-title = This link no longer works
auth-link-invalid-body = A password link works only once and for 72 hours. Ask an administrator for a new one.
password-too-short = Please use at least 12 characters.
password-too-long = Please use no more than 128 characters.
password-common = This password is too common. Please choose another, for example a few words you will remember.
password-mismatch = The two passwords are not the same.

## parite user add

user-password-prompt = Password for { $email } (not shown):
user-password-again = The same password again:
user-password-none = No password was given on standard input.
user-bad-email = “{ $email }” is not an email address.
user-bad-role = Unknown role “{ $role }” (expected admin, evaluator, team_lead or funder).
user-unknown-org = No organization “{ $slug }”.
user-email-taken = An account with the email address { $email } already exists.
user-added = Account { $email } created ({ $role }).

## Requests from other sites

error-cross-site-title = This form came from another site
error-cross-site-body = For your security, forms are only accepted from this site's own pages. Open the page here, then submit it again.

## New passwords: what else is refused

password-blank = A password cannot be only spaces.
password-contains-email = Please choose a password that does not contain your email address.
password-printed-by-demo = This password was shown by the demo and is known to others. Please choose another.
nav-organizations = Organizations
nav-my-organization = My organization
nav-funders = Overview across organizations
nav-trail-label = You are here

## Personal API tokens (account page)

auth-tokens-title = API tokens
auth-tokens-intro = A personal API token lets your own scripts read, as JSON, what you can see here: the same organizations, reports and hidden figures. It acts with your current role and access, and stops working when revoked, when it expires or if your account is disabled. Keep it secret, like a password.
auth-tokens-openapi = The API’s technical description (OpenAPI, JSON)
auth-tokens-none = You have no API tokens.
auth-tokens-caption = Your API tokens
auth-token-name = Name
auth-token-name-hint = What it is for, so you can recognize it later (at most { $max } characters).
auth-token-name-required = Enter a name for the token.
auth-token-name-too-long = Shorten the name to { $max } characters or fewer.
auth-token-expires = Expiry date (optional)
auth-token-expires-hint = The token stops working at the end of this day (UTC). Leave empty for a token that does not expire.
auth-token-expires-invalid = Enter a date like 2027-03-31.
auth-token-expires-past = Enter a date after today.
auth-token-create-title = Create a token
auth-token-create = Create the token
auth-token-created = Your new token is shown below, this once only. Copy it now: it cannot be shown again.
auth-token-new-label = New API token
auth-token-created-on = Created
auth-token-expires-on = Expires
auth-token-last-used = Last used
auth-token-status = Status
auth-token-never-expires = Never
auth-token-never-used = Never
auth-token-status-active = Active
auth-token-status-revoked = Revoked
auth-token-status-expired = Expired
auth-token-revoke = Revoke
auth-token-revoke-named = Revoke token { $name }
