"""The staff review page: a small server-rendered Starlette app (no JS build step).

Everything here shows hostile input (e-mail) to privileged users, so the rules are: Jinja2 autoescape everywhere,
markup built only from escaped text (see `render.py`), a strict CSP on every response, and no inline script or style.
"""
