## Every page

layout-skip-to-content = Skip to content
layout-language-nav = Language
layout-language-name = English
layout-footer = Parité — peer integration, measured. Your answers to surveys are anonymous.

## Forms

form-required = required
form-error-summary-title = { $count ->
        [one] There is 1 problem on this page
       *[other] There are { $count } problems on this page
    }
form-error-title-prefix = { $count ->
        [one] Error:
       *[other] { $count } errors:
    }

## Field errors

field-required = Please answer this question.
field-not-a-choice = Please choose one of the options shown.
field-not-a-number = Please enter a number, such as 3 or 3.5.
field-not-a-whole-number = Please enter a whole number, such as 3.
field-out-of-range = Please enter a number from { $min } to { $max }.
field-too-long = Please shorten your answer to { $max } characters or fewer (it has { $length }).
field-too-few-selected = Please choose at least { $min }.
field-too-many-selected = Please choose no more than { $max }.

## The survey

survey-privacy-title = Your privacy
survey-privacy-collected = When you press “Start the survey”, a response is stored on our server: the survey it answers, the language you answer in, whether it is a draft or submitted, and when it was started, last saved and submitted (date and time, to the second).
survey-privacy-not-collected = We do not collect your name, email address, an account, your IP address or your device. Your answers cannot be traced back to you.
survey-privacy-who-sees = The evaluators supporting your organization see the answers; your organization and funders see only combined results, never your comments.
survey-privacy-small-groups = Results for any group of fewer than { $min } people are never shown.
survey-privacy-stop = Every question is optional except your role. You can stop at any time. Once you press “Submit my answers”, they can no longer be changed.
survey-privacy-stop-no-role = Every question is optional. You can stop at any time. Once you press “Submit my answers”, they can no longer be changed.
survey-closes = This survey is open until { $date }.
survey-consent-label = I have read the above and I agree to take part.
survey-consent-required = Please confirm that you agree to take part.
survey-start = Start the survey
survey-resume-title = Continue a survey you saved
survey-resume-label = Your resume code
survey-resume-hint = The code you were shown when you saved: 12 letters and digits, for example K7PM-4QXD-9WTR.
survey-resume-button = Continue
survey-resume-unknown = This resume code was not found. Check it and try again.
survey-resume-expired = This resume code has expired. You can start the survey again.
survey-progress = Section { $number } of { $count }
survey-next = Next
survey-back = Back
survey-review = Review my answers
survey-save-later = Save and continue later
survey-saved-title = Your answers are saved
survey-saved-intro = To continue later, open the survey link again and enter this code:
survey-saved-expires = This code works until { $date }.
survey-saved-once = Write it down now: for your privacy, it will not be shown again.
survey-saved-continue = Continue now
survey-review-title = Review your answers
survey-review-intro = Check your answers, then submit them. You can still change any section.
survey-review-missing = { $count ->
        [one] 1 required question is not answered
       *[other] { $count } required questions are not answered
    }
survey-review-edit = Change “{ $section }”
survey-not-answered = Not answered
survey-submit = Submit my answers
survey-thanks-title = Thank you!
survey-thanks-body = Your answers have been received. They will help your organization involve peers in its services.
survey-thanks-close = You can now close this page.

## Pages that explain a problem

error-not-found-title = Page not found
error-not-found-body = This address does not exist. Check the link you were given.
error-invitation-title = This survey link does not work
error-invitation-body = The link is wrong or it has been withdrawn. Ask the person who sent it to you for a new one.
error-wave-not-open-title = This survey is not open yet
error-wave-not-open-body = It opens on { $date }. Please come back then.
error-wave-closed-title = This survey is closed
error-wave-closed-body = It closed on { $date }. Thank you for your interest.
error-unavailable-title = Parité is unavailable for a moment
error-unavailable-saved = Your answers were not lost: they were saved before the problem. Please try again in a few minutes.
error-unavailable-not-saved = Your last answers could not be saved. Please go back, keep this page open and try again in a few minutes.
error-bad-request-title = This request could not be processed
error-bad-request-body = The form sent does not match the survey. Please reload the page and try again.
error-session-title = This page has expired
error-session-body = For your security, please go back, reload the page and submit it again.

## Home

home-title = Parité: peer integration, measured
home-intro = Parité helps health and social-service organizations see how well they involve peers — people with lived experience of mental health and substance use — in the design, delivery and review of their services.
home-respondents = Were you sent a survey link? Open it to take part: no account is needed and your answers are anonymous.
home-your-pages = Go to your pages

## Survey: what is kept before submitting, text limits, a new response on a shared device

survey-privacy-drafts = Before you press “Submit my answers”, your answers so far, with the role you choose, are saved on our server as a draft each time you go to another section or save to continue later. Your browser keeps a cookie with a random key to that draft; if you save to continue later, only a scrambled form (a hash) of your resume code is kept. Drafts that are never submitted are not counted in any result.
survey-text-limit = Up to { $max } characters.
survey-thanks-another-title = Someone else answering on this device?
survey-thanks-another-hint = Your answers are sent and stay as they are. The next person starts a new, empty response.
survey-thanks-another = Start a new response
