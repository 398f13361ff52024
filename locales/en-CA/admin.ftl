## The administration console

admin-title = Administration
admin-home-orgs = create, rename and archive organizations; open and close their survey waves; manage invitation links.
admin-home-people = create accounts, set their role and the organizations they see, disable them, give a new password link.
admin-home-audit = who did what, and when: sign-ins, exports and every change.
admin-status = Status
admin-actions = Actions
admin-field-required = Please fill in this field.
admin-field-too-long = Please shorten this text.
admin-date-invalid = Please enter a date such as 2026-11-22.

## Organizations

admin-orgs-title = Organizations
admin-orgs-caption = All organizations, archived ones included
admin-org-name = Name
admin-org-slug = Short name
admin-org-slug-hint = Used in addresses: lower-case letters, digits and dashes, for example centre-horizon.
admin-org-slug-line = Short name: { $slug }
admin-org-slug-invalid = Please use only lower-case letters, digits and dashes (at most 64).
admin-org-slug-taken = This short name is already used by another organization.
admin-org-active = Active
admin-org-archived = Archived
admin-orgs-create = Add an organization
admin-orgs-create-button = Add the organization
admin-org-overview = See the organization’s overview
admin-org-rename-title = Rename
admin-org-rename-button = Rename the organization
admin-org-archive-title = Archive
admin-org-archive-hint = An archived organization keeps all its data but no longer appears in everyday lists.
admin-org-archive-button = Archive the organization
admin-org-delete-title = Delete
admin-org-delete-explain = Deleting removes the organization and everything that belongs to it — waves, invitations, every response and answer, checklists, milestones, and people's access to it — at once and for good. People's accounts stay. Download its data first if anyone may need it.
admin-org-delete-export = Download every response first (CSV)
admin-org-delete-confirm = Type the organization's short name to confirm
admin-org-delete-confirm-hint = Its short name is { $slug }.
admin-org-delete-mismatch = Nothing was deleted: type { $slug } exactly to confirm.
admin-org-delete-button = Delete the organization and all its data

## Waves and invitations

admin-waves-title = Survey waves
admin-waves-caption = Waves of this organization, newest first
admin-wave-label = Name of the wave
admin-wave-label-hint = For example “Fall 2026”.
admin-wave-details = Details
admin-wave-close = Close the wave
admin-wave-open-title = Open a wave
admin-wave-open-button = Open the wave
admin-wave-instrument = Instrument
admin-wave-instrument-option = { $title } (version { $version })
admin-wave-instrument-unknown = Please choose one of the instruments listed.
admin-wave-closes = Closing date (optional)
admin-wave-closes-hint = The survey closes at the end of this day. Leave empty to close it by hand.
admin-wave-closes-past = Please choose a date that is not already past.
admin-invitation-create = Create another link
admin-invitation-revoke = Withdraw this link

## People

admin-people-title = People
admin-people-caption = All accounts
admin-people-role = Role
admin-people-role-hint = Administrators see everything; evaluators, team leads and funders see only the organizations checked below.
admin-people-scope = Organizations
admin-people-scope-hint = The organizations this person may see.
admin-people-create = Add a person
admin-people-create-button = Add the person and get their password link
admin-person-active = Active
admin-person-disabled = Disabled
admin-person-status = { $role } — { $status }
admin-person-access-title = Role and organizations
admin-person-access-button = Save role and organizations
admin-person-reset-title = Forgotten password
admin-person-reset-hint = Gives a new one-time link to choose a password. Earlier links stop working.
admin-person-reset-button = Give a new password link
admin-person-disable-hint = The person can no longer sign in, and is signed out everywhere at once.
admin-person-disable-button = Disable the account
admin-person-enable-button = Enable the account
admin-email-invalid = Please enter an email address such as name@example.org.
admin-email-taken = An account with this email address already exists.
admin-link-created = Account created
admin-link-reset = New password link
admin-link-intro = Give this link to { $email } yourself (it is not sent by email). It lets them choose their password and works for { $hours } hours.
admin-link-once = The link works only once. It will not be shown again.
admin-link-back = Back to this person

## The audit log

admin-audit-title = Audit log
admin-audit-caption = Newest first
admin-audit-filter = Show
admin-audit-when = When
admin-audit-who = Person
admin-audit-action = Action
admin-audit-target = On
admin-audit-details = Details
admin-audit-from = From (date)
admin-audit-until = Until (date, included)
admin-audit-everyone = Everyone
admin-audit-every-action = Every action
admin-audit-nobody = Not signed in
admin-audit-more = Older entries
admin-audit-at = { $date }, { $hour }:{ $minute } UTC
audit-action-sign-in = Signed in
audit-action-sign-in-failed = Failed sign-in
audit-action-sign-out = Signed out
audit-action-sign-out-everywhere = Signed out everywhere
audit-action-password-set = Password chosen
audit-action-org-create = Organization added
audit-action-org-rename = Organization renamed
audit-action-org-archive = Organization archived
audit-action-org-delete = Organization deleted with all its data
audit-action-user-create = Account created
audit-action-user-role = Role and organizations changed
audit-action-user-disable = Account disabled
audit-action-user-enable = Account enabled
audit-action-user-password-link = Password link given
audit-action-wave-open = Wave opened
audit-action-wave-close = Wave closed
audit-action-invitation-create = Invitation link created
audit-action-invitation-revoke = Invitation link withdrawn
audit-action-export = Data exported
audit-action-export-raw = Raw answers exported (free text included)
audit-action-report-download = Report downloaded
audit-action-checklist-submit = Fidelity rating submitted
audit-action-consensus-submit = Consensus rating submitted
audit-action-milestone-done = Milestone marked as done
audit-action-milestone-undo = Milestone undone

## An organization's overview

orgs-waves-title = Survey waves
orgs-no-waves = No wave has been opened yet.
orgs-wave-summary = { $instrument }, version { $version } — { $status }, from { $opens } to { $closes }.
orgs-wave-open = open
orgs-wave-closed = closed
orgs-invitations-caption = Invitation links and the responses each brought
orgs-invitation-link = Link
orgs-submitted = Submitted
orgs-drafts = Started, not submitted
orgs-revoked = withdrawn

## Closing a wave, its grace period, reopening

audit-action-wave-reopen = Wave reopened
audit-action-wave-grace = Grace period of a wave changed
admin-wave-close-title = Close the wave “{ $wave }”?
admin-wave-close-explain = Once closed, the survey link no longer accepts new respondents, and the wave's results become final.
admin-wave-close-drafts = People who started before the closing can still finish and submit during the grace period below. An administrator can reopen the wave later.
admin-wave-close-confirm = Yes, close the wave
admin-wave-close-cancel = Cancel and go back to the wave
admin-wave-grace-title = Grace period after closing
admin-wave-grace-days = Grace period, in days
admin-wave-grace-days-hint = From 0 to { $max } days. Drafts started before the closing can be submitted during this time.
admin-wave-grace-days-invalid = Please enter a whole number of days from 0 to { $max }.
admin-wave-grace-button = Save the grace period
admin-wave-grace-open = Once the wave is closed, drafts started before the closing can be submitted for { $days } days.
admin-wave-grace-closed = Drafts started before the closing can be submitted for { $days } days, until { $date }.
admin-wave-reopen = Reopen the wave
admin-wave-reopen-hint = Reopening lets new respondents start again; the wave then has no closing date.

## The audit log: command-line actions and throttled sign-ins

audit-action-sign-in-throttled = Sign-ins refused (too many failures)
audit-action-backup = Database backed up
audit-action-purge-drafts = Old drafts deleted
audit-action-restore = Database restored from a backup
audit-action-api-token-create = API token created
audit-action-api-token-revoke = API token revoked
audit-action-api-table = Report table read through the API
audit-action-api-responses = Item-level answers read through the API (free text included)
audit-action-demo-seed = Demo data generated
audit-action-demo-accounts = Demo accounts created
audit-action-identity-normalize = Email addresses and names rewritten in one spelling

## A wave without a closing date, on an organization's overview
orgs-wave-summary-open-ended = { $instrument }, version { $version } — { $status }, from { $opens }, with no closing date.
orgs-latest-checklist-link = Fidelity checklist ({ $wave })
orgs-raw-long-link = Raw answers (CSV, one row per answer)
orgs-raw-wide-link = Raw answers (CSV, one row per response)
orgs-raw-syntax-r-link = R script that reads the raw answers (one row per response)
orgs-raw-syntax-spss-link = SPSS syntax that reads the raw answers (one row per response)
orgs-raw-syntax-stata-link = Stata do-file that reads the raw answers (one row per response)
orgs-raw-codebook-link = Codebook of the raw answers (CSV)
orgs-list-empty = No organization has been given to your account yet. An administrator can add one on your account page.
audit-action-wave-team = Team of a wave recorded
admin-wave-team-title = Team surveyed
admin-wave-team-members = Members of the implementation team
admin-wave-team-members-hint = Everyone invited to answer this wave, peers included (from 1 to { $max }). Leave both fields empty if unknown.
admin-wave-team-members-invalid = Please enter a whole number of members from 1 to { $max }.
admin-wave-team-peers = Of whom peers
admin-wave-team-peers-hint = Members with lived experience of mental health or substance use. A count only: no names are recorded.
admin-wave-team-peers-invalid = Please enter a whole number of peers (0 if none).
admin-wave-team-peers-too-many = A team cannot have more peers than members.
admin-wave-team-button = Save the team
admin-wave-team-none = No team size recorded yet: the reports show how many answered, not a response rate.
admin-wave-team-recorded = { $members ->
        [one] 1 member
       *[other] { $members } members
    }, { $peers ->
        [0] no peers
        [one] 1 peer
       *[other] { $peers } peers
    }: the reports give each group's response rate out of these counts.
