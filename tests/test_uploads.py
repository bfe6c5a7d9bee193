"""Hostile or broken uploads get a form error in the admin and store nothing."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import Collection

from core.models import SiteImage

pytestmark = pytest.mark.django_db


def png_claiming(width, height):
    """A tiny PNG whose header claims width × height pixels (a decompression bomb)."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def animated_gif(width, height, frames):
    images = [Image.new("RGB", (width, height), (30 * n, 0, 0)) for n in range(frames)]
    out = io.BytesIO()
    images[0].save(out, "GIF", save_all=True, append_images=images[1:])
    return out.getvalue()


def upload(client, name, content):
    return client.post(
        "/admin/images/add/",
        {
            "title": name,
            "description": "A test picture.",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.mark.parametrize(
    "name,content",
    [
        ("bomb.png", png_claiming(30000, 30000)),
        ("truncated.png", png_claiming(400, 300)[:40]),
        ("not-an-image.png", b"<svg onload=alert(1)>"),
    ],
)
def test_bad_images_get_a_form_error_and_store_nothing(admin_client, name, content):
    before = SiteImage.objects.count()
    response = upload(admin_client, name, content)
    assert response.status_code == 200  # the form again, with its error
    assert SiteImage.objects.count() == before


def test_an_animated_gif_counts_every_frame(admin_client, settings):
    # 3000 × 3000 in 8 frames: 72 million pixels, over the limit of 64 million.
    before = SiteImage.objects.count()
    response = upload(admin_client, "frames.gif", animated_gif(3000, 3000, 8))
    assert response.status_code == 200
    codes = [error.code for error in response.context["form"].errors.as_data()["file"]]
    assert codes == ["file_too_many_pixels"]
    assert SiteImage.objects.count() == before


def test_a_good_picture_is_stored(admin_client):
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(out, "PNG")
    before = SiteImage.objects.count()
    response = upload(admin_client, "good.png", out.getvalue())
    assert response.status_code == 302, response.context["form"].errors
    assert SiteImage.objects.count() == before + 1


@pytest.mark.parametrize(
    "spec,status",
    [("scale-100000", 400), ("width-50000", 400), ("fill-9000x9000", 400), ("width-400", 200)],
)
def test_signed_image_urls_serve_only_bounded_sizes(client, spec, status):
    from wagtail.images.views.serve import generate_image_url

    image = SiteImage.objects.first()
    url = generate_image_url(image, spec)
    assert client.get(url).status_code == status


def test_the_multiple_uploader_asks_for_alt_text_then_stores_the_picture(admin_client):
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "navy").save(out, "PNG")
    before = SiteImage.objects.count()
    first = admin_client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("several.png", out.getvalue())},
    ).json()
    # Alt text is required, so the picture waits as an upload with a form to complete.
    assert first["success"] and "uploaded_file_id" in first
    assert SiteImage.objects.count() == before
    upload_id = first["uploaded_file_id"]
    prefix = f"uploaded-image-{upload_id}-"
    second = admin_client.post(
        f"/admin/images/multiple/create_from_uploaded_image/{upload_id}/",
        {
            prefix + "title": "Several",
            prefix + "description": "A navy square.",
            prefix + "collection": Collection.get_first_root_node().pk,
        },
    ).json()
    assert second["success"], second.get("form", "")[:500]
    assert SiteImage.objects.get(pk=second["image_id"]).description == "A navy square."
