# The JSON API's problem details (RFC 9457): a title and a detail for each kind of problem.

api-problem-unauthorized-title = Authentication required
api-problem-unauthorized-detail = Send a live personal API token in the Authorization header: Bearer parite_… (make one on your account page).
api-problem-forbidden-title = Not allowed
api-problem-forbidden-detail = Your account’s role does not give access to this.
api-problem-not-found-title = Not found
api-problem-not-found-detail = There is nothing at this address, or it is outside your access.
api-problem-bad-parameter-title = Invalid parameter
api-problem-bad-parameter-detail = The parameter “{ $parameter }” has a value this address does not accept.
api-problem-rate-limited-title = Too many requests
api-problem-rate-limited-detail = { $seconds ->
        [one] This token made too many requests. Wait 1 second, then try again.
       *[other] This token made too many requests. Wait { $seconds } seconds, then try again.
    }
api-problem-unavailable-title = Service unavailable
api-problem-unavailable-detail = The service cannot answer right now. Try again in a few minutes.
