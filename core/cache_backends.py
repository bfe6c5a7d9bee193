"""A Redis cache that degrades instead of failing.

The shared cache only saves work: when Redis is down or slow, every read is a miss and every
write is dropped, with a warning in the log (at most once a minute per process), and the site
keeps serving from the database. Django's own Redis backend would raise and answer 500.
"""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
WARN_EVERY_SECONDS = 60
_last_warning = [0.0]


def _warn(operation, error):
    now = time.monotonic()
    if now - _last_warning[0] > WARN_EVERY_SECONDS:
        _last_warning[0] = now
        logger.warning("Cache unreachable (%s: %s); serving from the database", operation, error)


def degrading(fallback):
    """Run the Redis operation; when Redis cannot be reached, log and return fallback(args)."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except UNREACHABLE as error:
                _warn(method.__name__, error)
                return fallback(*args, **kwargs)

        return wrapper

    return decorate


def _missing_key(key, *args, **kwargs):
    # incr() on a missing key raises ValueError; callers already handle that case.
    raise ValueError(f"Key '{key}' not found")


class ResilientRedisCache(RedisCache):
    add = degrading(lambda *a, **k: False)(RedisCache.add)
    get = degrading(lambda key, default=None, *a, **k: default)(RedisCache.get)
    set = degrading(lambda *a, **k: None)(RedisCache.set)
    touch = degrading(lambda *a, **k: False)(RedisCache.touch)
    delete = degrading(lambda *a, **k: False)(RedisCache.delete)
    get_many = degrading(lambda *a, **k: {})(RedisCache.get_many)
    has_key = degrading(lambda *a, **k: False)(RedisCache.has_key)
    incr = degrading(_missing_key)(RedisCache.incr)
    set_many = degrading(lambda data, *a, **k: list(data))(RedisCache.set_many)
    delete_many = degrading(lambda *a, **k: None)(RedisCache.delete_many)
    clear = degrading(lambda *a, **k: False)(RedisCache.clear)
