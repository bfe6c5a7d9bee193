"""The tree generation's row (core.caching), in a module of its own so that core.caching can
import it: core.models imports core.caching on the way."""

from django.db import models


class CacheGeneration(models.Model):
    """One row: the generation number of everything cached from the page tree (see
    core.caching), shared by every process because it lives in the database."""

    number = models.BigIntegerField(default=1)
    next_change = models.DateTimeField(null=True, blank=True)
    next_change_known = models.BooleanField(default=False)

    def __str__(self):
        return f"generation {self.number}"
