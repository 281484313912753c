"""Schemathesis hooks for the contract run (loaded through SCHEMATHESIS_HOOKS).

A staff form carries its session's CSRF token, and the sign-in form the token of its own cookie.
Schemathesis cannot know either, and its coverage phase does not take body values from the
settings, so a `_csrf` a case sends is replaced with the real one here; a case that leaves the
field out, to test the refusal, still leaves it out.
"""

import os

import schemathesis


@schemathesis.hook
def before_call(ctx, case, **kwargs):
    if isinstance(case.body, dict) and "_csrf" in case.body:
        name = "STIPPLE_LOGIN_CSRF" if case.path == "/staff/login" else "STIPPLE_CSRF"
        case.body["_csrf"] = os.environ[name]
