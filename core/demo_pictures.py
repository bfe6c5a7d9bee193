"""Illustrations for the demo content, drawn here with Pillow (nothing is downloaded).

Each motif draws one kind of scene, so cities, pilots, awards, news and events do not all
share one picture: a skyline for a city, a train at a platform for a mobility pilot, a
trophy for an award. The seed picks the palette and the details, so the same title always
gives the same picture and two pictures of one motif still differ.
"""

import random

from PIL import Image, ImageDraw

# (dark, light) colour pairs.
PALETTES = [
    ((11, 92, 74), (120, 200, 170)),
    ((10, 90, 143), (140, 200, 235)),
    ((184, 67, 11), (250, 190, 120)),
    ((80, 50, 120), (200, 170, 230)),
    ((40, 70, 90), (160, 200, 210)),
    ((120, 90, 20), (240, 210, 120)),
]
WINDOW = (250, 236, 170)
WHITE = (250, 250, 246)


def draw_picture(motif, seed, size):
    """A PIL image of the motif; the same (motif, seed, size) always gives the same one."""
    rng = random.Random(f"{motif}-{seed}")
    dark, light = PALETTES[rng.randrange(len(PALETTES))]
    picture = Image.new("RGB", size, light)
    draw = ImageDraw.Draw(picture)
    sky(draw, size, dark, light)
    MOTIFS[motif](draw, rng, size, dark, light)
    return picture


def sky(draw, size, dark, light):
    width, height = size
    for row in range(height):
        mix = row / height
        colour = tuple(int(light[i] * (1 - mix) + dark[i] * mix * 0.6) for i in range(3))
        draw.line([(0, row), (width, row)], fill=colour)


def shade(colour, rng, most=40):
    return tuple(max(0, c - rng.randint(0, most)) for c in colour)


def lit_windows(draw, rng, box, chance=0.55):
    left, top, right, bottom = box
    for y in range(top + 12, bottom - 12, 28):
        for x in range(left + 8, right - 8, 22):
            if rng.random() < chance:
                draw.rectangle([x, y, x + 8, y + 12], fill=WINDOW)


def skyline(draw, rng, size, dark, light):
    width, height = size
    x = 0
    while x < width:
        building_width = rng.randint(width // 30, width // 10)
        building_height = rng.randint(height // 6, int(height * 0.7))
        box = (x, height - building_height, x + building_width, height)
        draw.rectangle(box, fill=shade(dark, rng))
        lit_windows(draw, rng, box)
        x += building_width + rng.randint(0, 12)


def transit(draw, rng, size, dark, light):
    """A train at a station platform under a wayfinding sign."""
    width, height = size
    platform = int(height * 0.72)
    draw.rectangle([0, platform, width, height], fill=shade(dark, rng, 10))
    draw.rectangle([0, platform, width, platform + height // 60], fill=(240, 200, 60))
    train_top = int(height * 0.38)
    train_left = rng.randint(-width // 8, width // 8)
    draw.rounded_rectangle(
        [train_left, train_top, train_left + int(width * 0.85), platform - 4],
        radius=height // 12,
        fill=WHITE,
    )
    draw.rectangle(
        [train_left, platform - height // 10, train_left + int(width * 0.85), platform - 4],
        fill=dark,
    )
    for x in range(train_left + width // 20, train_left + int(width * 0.8), width // 9):
        draw.rectangle(
            [x, train_top + height // 14, x + width // 14, train_top + height // 5],
            fill=light,
        )
    sign_left = rng.randint(width // 3, width // 2)
    sign = [sign_left, height // 12, sign_left + width // 3, height // 12 + height // 9]
    draw.rectangle(sign, fill=(30, 40, 50))
    arrow_y = (sign[1] + sign[3]) // 2
    tip = sign[2] - width // 40
    draw.line([sign[0] + width // 40, arrow_y, tip, arrow_y], fill=WHITE, width=height // 60)
    head = height // 30
    draw.polygon(
        [(tip, arrow_y - head), (tip + width // 40, arrow_y), (tip, arrow_y + head)], fill=WHITE
    )


def housing(draw, rng, size, dark, light):
    """Mid-rise apartment blocks with solar panels on the roofs and trees in front."""
    width, height = size
    ground = int(height * 0.85)
    x = rng.randint(0, width // 20)
    while x < width:
        block_width = rng.randint(width // 6, width // 4)
        block_top = rng.randint(height // 4, height // 2)
        box = (x, block_top, x + block_width, ground)
        draw.rectangle(box, fill=shade(dark, rng, 30))
        lit_windows(draw, rng, box, chance=0.7)
        for panel in range(x + 6, x + block_width - 30, 34):
            draw.polygon(
                [
                    (panel, block_top),
                    (panel + 10, block_top - 16),
                    (panel + 34, block_top - 16),
                    (panel + 24, block_top),
                ],
                fill=(30, 50, 110),
            )
        x += block_width + rng.randint(width // 40, width // 15)
    draw.rectangle([0, ground, width, height], fill=(90, 150, 90))
    trees(draw, rng, size, ground, count=rng.randint(5, 9))


def trees(draw, rng, size, ground, count):
    width, height = size
    for _ in range(count):
        x = rng.randint(0, width)
        crown = rng.randint(height // 20, height // 10)
        draw.rectangle([x - 4, ground - crown, x + 4, ground + 6], fill=(90, 60, 30))
        green = (rng.randint(30, 70), rng.randint(120, 170), rng.randint(50, 90))
        draw.ellipse(
            [x - crown, ground - 2 * crown - crown // 2, x + crown, ground - crown // 2], fill=green
        )


def park(draw, rng, size, dark, light):
    """A green park with a cycle path, trees and wind turbines on the horizon."""
    width, height = size
    horizon = int(height * 0.6)
    for turbine in range(rng.randint(2, 4)):
        x = rng.randint(width // 10, width - width // 10)
        top = horizon - rng.randint(height // 5, height // 3)
        draw.line([x, horizon, x, top], fill=WHITE, width=max(3, width // 300))
        for angle in range(3):
            dx, dy = [(0, -1), (0.87, 0.5), (-0.87, 0.5)][(angle + turbine) % 3]
            draw.line(
                [x, top, x + dx * height / 8, top + dy * height / 8],
                fill=WHITE,
                width=max(3, width // 300),
            )
    draw.rectangle([0, horizon, width, height], fill=(96, 168, 96))
    draw.polygon(
        [
            (width * 0.35, height),
            (width * 0.5, horizon),
            (width * 0.55, horizon),
            (width * 0.65, height),
        ],
        fill=(200, 190, 170),
    )
    draw.line([width * 0.5, height, width * 0.525, horizon], fill=WHITE, width=3)
    trees(draw, rng, size, int(height * 0.8), count=rng.randint(6, 10))


def network(draw, rng, size, dark, light):
    """A street grid seen from above, with data points linked across it."""
    width, height = size
    draw.rectangle([0, 0, width, height], fill=shade(dark, rng, 20))
    step = max(24, width // 16)
    for x in range(0, width, step):
        draw.line([x, 0, x, height], fill=light, width=1)
    for y in range(0, height, step):
        draw.line([0, y, width, y], fill=light, width=1)
    nodes = [(rng.randrange(0, width, step), rng.randrange(0, height, step)) for _ in range(14)]
    for index, (x, y) in enumerate(nodes):
        other = nodes[(index + rng.randint(1, 4)) % len(nodes)]
        draw.line([x, y, *other], fill=WINDOW, width=max(2, width // 400))
    radius = max(6, width // 90)
    for x, y in nodes:
        draw.ellipse(
            [x - radius, y - radius, x + radius, y + radius], fill=WHITE, outline=WINDOW, width=3
        )


def conference(draw, rng, size, dark, light):
    """A speaker on a stage before a screen with a chart, and rows of seats."""
    width, height = size
    stage = int(height * 0.55)
    draw.rectangle([0, stage, width, height], fill=shade(dark, rng, 30))
    screen = [width // 4, height // 10, width * 3 // 4, stage - height // 10]
    draw.rectangle(screen, fill=WHITE)
    bars = rng.randint(4, 7)
    bar_width = (screen[2] - screen[0]) // (bars * 2 + 1)
    for bar in range(bars):
        left = screen[0] + bar_width * (bar * 2 + 1)
        top = rng.randint(screen[1] + 20, screen[3] - 30)
        draw.rectangle([left, top, left + bar_width, screen[3] - 10], fill=dark)
    lectern = width * 4 // 5
    draw.rectangle([lectern, stage - height // 8, lectern + width // 20, stage], fill=dark)
    draw.ellipse(
        [lectern + 4, stage - height // 5, lectern + width // 25, stage - height // 7],
        fill=(60, 40, 30),
    )
    for row, y in enumerate(range(stage + height // 12, height + 20, height // 9)):
        for x in range(width // 30 + (row % 2) * width // 60, width, width // 15):
            head = height // 40 + row * 2
            draw.ellipse([x - head, y - head, x + head, y + head], fill=(40, 30, 30))
            draw.rectangle([x - head * 2, y + head, x + head * 2, y + head * 4], fill=(60, 60, 80))


def award(draw, rng, size, dark, light):
    """A trophy on a winners' podium, with confetti."""
    width, height = size
    base = int(height * 0.92)
    step = width // 6
    centre = width // 2
    for offset, rise in ((-step, height // 5), (0, height // 3), (step, height // 7)):
        left = centre + offset - step // 2
        draw.rectangle([left, base - rise, left + step, base], fill=shade(dark, rng, 20))
    top = base - height // 3
    cup = height // 5
    gold = (230, 180, 40)
    draw.rectangle([centre - cup // 3, top - cup // 6, centre + cup // 3, top], fill=gold)
    draw.rectangle([centre - cup // 12, top - cup // 2, centre + cup // 12, top], fill=gold)
    draw.pieslice(
        [centre - cup // 2, top - cup * 3 // 2, centre + cup // 2, top - cup // 3],
        0,
        180,
        fill=gold,
    )
    draw.rectangle(
        [centre - cup // 2, top - cup * 13 // 10, centre + cup // 2, top - cup], fill=gold
    )
    for _ in range(60):
        x, y = rng.randint(0, width), rng.randint(0, int(height * 0.6))
        colour = PALETTES[rng.randrange(len(PALETTES))][rng.randint(0, 1)]
        draw.rectangle([x, y, x + 8, y + 4], fill=colour)


MOTIFS = {
    "skyline": skyline,
    "transit": transit,
    "housing": housing,
    "park": park,
    "network": network,
    "conference": conference,
    "award": award,
}

# What each motif shows, in words, for the pictures' alt text.
SCENES = {
    "skyline": "a city skyline with lit windows",
    "transit": "a train at a station platform under a wayfinding sign",
    "housing": "apartment blocks with solar panels on their roofs and trees in front",
    "park": "a park with trees, a cycle path and wind turbines",
    "network": "a street grid seen from above, with linked data points",
    "conference": "a speaker on a stage before a chart, and rows of seats",
    "award": "a trophy on a winners' podium",
}
# The motif for a subject, by topic slug (the first topic that has one).
MOTIF_FOR_TOPIC = {"mobility": "transit", "housing": "housing", "environment": "park"}


def motif_for_topics(topic_slugs, default="network"):
    for slug in topic_slugs:
        if slug in MOTIF_FOR_TOPIC:
            return MOTIF_FOR_TOPIC[slug]
    return default
