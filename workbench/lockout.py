"""Login lockouts (django-axes): one username from one address, and one address over many usernames."""

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum


class LockoutHandler(AxesDatabaseHandler):
    """Counts failures per (username, address) and per address, each against its own limit.

    AXES_LOCKOUT_PARAMETERS lists the pair first, the address second. Guessing one password
    locks the pair after AXES_FAILURE_LIMIT failures; spraying a few guesses over many
    usernames locks the address after AXES_ADDRESS_FAILURE_LIMIT, so an office behind one
    NAT address is not locked out by a handful of typos. A lockout never covers a username
    from every address: nobody can lock someone else out from elsewhere.
    """

    def get_failures(self, request, credentials=None) -> int:
        pair, address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        limit = settings.AXES_FAILURE_LIMIT
        # The address's count on the pair's scale, so axes's one limit applies to both:
        # address * limit // address_limit reaches limit exactly when address reaches address_limit.
        return max(pair, address * limit // settings.AXES_ADDRESS_FAILURE_LIMIT)

    def reset_user_attempts(self, request, credentials=None) -> int:
        # A successful login clears that username's failures from that address only: a sprayer
        # who owns one account must not wipe the address's count by logging in with it.
        pair = self.filter_user_attempts(request, credentials)[0]
        deleted, _ = pair.delete()
        return deleted
