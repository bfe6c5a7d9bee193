import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gosmart.settings.production")

application = get_wsgi_application()

# What loading made (settings, models, URL patterns, translations: some 200,000 objects)
# lives as long as the worker. Frozen, the garbage collector stops walking it on every full
# collection during requests, about a millisecond a page.
gc.freeze()
