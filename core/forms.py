"""The admin's image upload form: bad or hostile files get a form error, never a 500."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class SafeImageField(WagtailImageField):
    """Wagtail's image field (extension, format, file size, pixels counted over every frame)
    that also turns Pillow's refusals into form errors: a small file that decompresses to
    a huge picture (a "decompression bomb") or a truncated or corrupt one."""

    def to_python(self, data):
        try:
            return super().to_python(data)
        except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as error:
            raise ValidationError(
                _("This image has too many pixels. The largest allowed is %(max)s pixels.")
                % {"max": f"{settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:,}"},
                code="file_too_many_pixels",
            ) from error
        except (OSError, SyntaxError, ValueError, EOFError) as error:
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error

    def check_image_pixel_size(self, f):
        super().check_image_pixel_size(f)
        if self.max_image_pixels is None:
            return
        # Willow reports one frame for a GIF file: ask Pillow, which reads every frame header.
        f.seek(0)
        try:
            with PILImage.open(f) as picture:
                frames = getattr(picture, "n_frames", 1)
                width, height = picture.size
        finally:
            f.seek(0)
        if width * height * frames > self.max_image_pixels:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {
                    "num_pixels": width * height * frames,
                    "max_pixels_count": self.max_image_pixels,
                },
                code="file_too_many_pixels",
            )


class SiteImageForm(BaseImageForm):
    file = SafeImageField(label=_("File"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The multiple uploader's second step (the alt text for an uploaded file) excludes
        # the file, but a declared field survives Meta.exclude: drop it there.
        if "file" in (getattr(self._meta, "exclude", None) or ()):
            self.fields.pop("file", None)
