"""Rebuilds NotoSansCJKsc-Regular-subset.otf (see README.md beside this file).

Needs fontTools (`pip install fonttools`) and Debian's fonts-noto-cjk. The character set is computed, not
downloaded: every hanzi of GB 2312 (simplified, 6,763) and of Big5 level 1 (traditional, 5,401), plus CJK
punctuation and the full-width forms. Hinting and layout features are dropped: the PDF is printed, and names
need no vertical forms.
"""

import subprocess
import sys

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_NUMBER = "2"  # Noto Sans CJK SC inside the collection
OUT = sys.argv[1] if len(sys.argv) > 1 else "NotoSansCJKsc-Regular-subset.otf"


def decode_all(encoding, leads, trails):
    chars = set()
    for hi in leads:
        for lo in trails:
            try:
                chars.add(bytes([hi, lo]).decode(encoding))
            except UnicodeDecodeError:
                pass
    return chars


chars = decode_all("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF))
chars |= decode_all("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
chars |= {chr(c) for c in range(0x3000, 0x3040)} | {chr(c) for c in range(0xFF00, 0xFFF0)}
chars = sorted(c for c in chars if ord(c) >= 0x2E80)

subprocess.run(
    [
        "pyftsubset",
        SOURCE,
        f"--font-number={FONT_NUMBER}",
        "--unicodes=" + ",".join(f"U+{ord(c):04X}" for c in chars),
        "--layout-features=",
        "--no-hinting",
        "--name-IDs=*",
        f"--output-file={OUT}",
    ],
    check=True,
)
print(f"{OUT}: {len(chars)} characters")
