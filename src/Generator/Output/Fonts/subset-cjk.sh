#!/usr/bin/env bash
# Makes NotoSansCJKsc-Bold-gb2312.otf, the CJK face of the social cards, from Debian's fonts-noto-cjk:
#   apt-get install fonts-noto-cjk fonttools && src/Generator/Output/Fonts/subset-cjk.sh
# The characters: all of GB 2312 (its 6,763 Hanzi, both levels, and its 682 symbols: CJK punctuation, kana, Greek,
# Cyrillic, box drawing), CJK Symbols and Punctuation (U+3000-U+303F) and the full-width forms (U+FF01-U+FF5E).
# Bump SocialCardPainter.Version's font part (the file name) when the character set changes, so cards are redrawn.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source=/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc   # face 2 of the collection is Noto Sans CJK SC Bold
chars=$(mktemp)
trap 'rm -f "$chars"' EXIT
/usr/bin/python3 - > "$chars" <<'PY'
import sys
out = []
for lead in list(range(0xA1, 0xAA)) + list(range(0xB0, 0xF8)):
    for trail in range(0xA1, 0xFF):
        try: out.append(bytes([lead, trail]).decode("gb2312"))
        except UnicodeDecodeError: pass
out += [chr(c) for c in range(0x3000, 0x3040)] + [chr(c) for c in range(0xFF01, 0xFF5F)]
sys.stdout.write("".join(sorted(set(out))))
PY
pyftsubset "$source" --font-number=2 --text-file="$chars" --output-file="$here/NotoSansCJKsc-Bold-gb2312.otf" \
  --layout-features='' --no-hinting --name-IDs='*' --notdef-outline
ls -l "$here/NotoSansCJKsc-Bold-gb2312.otf"
