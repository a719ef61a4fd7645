"""Rate limiting of the API (the seed uses SlowAPI; Debian packages its engine, limits): a moving window per client."""

from limits import RateLimitItemPerMinute
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter


class Limiter:
    def __init__(self, per_minute: int) -> None:
        self._limit = RateLimitItemPerMinute(per_minute)
        self._storage = MemoryStorage()  # the limiter only keeps a weak reference to its storage
        self._limiter = MovingWindowRateLimiter(self._storage)

    def hit(self, client: str) -> bool:
        """Counts a request of the client; False when it is over the limit."""
        return bool(self._limiter.hit(self._limit, client))
