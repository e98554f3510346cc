"""Security: headers and CSP, login lockout, uploads, unsafe URLs, anonymous access, bad input."""
