#!/usr/bin/env python3
"""Write the generated PDF fixtures of tests/fixtures/inputs/generated/ from corpus
texts, by three producers:

- LibreOffice (`soffice --convert-to pdf`): the seed report, fonts embedded as
  Identity-H subsets with a ToUnicode map;
- reportlab with Adobe's non-embedded CID fonts: a Simplified text in
  `STSong-Light` (Adobe-GB1, `UniGB-UCS2-H`) and a Traditional one in
  `MSung-Light` (Adobe-CNS1, `UniCNS-UCS2-H`), neither with a ToUnicode map, so
  the text is only known through the predefined CMaps; each page has a running
  header and a page number, and lines are wrapped at the right margin.

    python3 -m venv /tmp/v && /tmp/v/bin/pip install reportlab==5.0.1
    /tmp/v/bin/python scripts/make-pdf-fixtures.py ../shared/corpus tests/fixtures/inputs/generated

LibreOffice needs `libreoffice-writer-nogui` and `fonts-noto-cjk` (Debian).
"""

import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

SEED = "seed/community-mid-autumn-2025.txt"
CID = [
    ("reports/cn-city-gwr/city-058.txt", "STSong-Light", "city-058.reportlab.pdf", "城市政府工作报告", 11),
    # Set large, so that its running head and page number repeat on two pages.
    ("reports/tw-ly-proceedings/LCEWC03_090311.txt", "MSung-Light", "LCEWC03_090311.reportlab.pdf", "立法院公報", 16),
]


def libreoffice(corpus, out):
    src = corpus / SEED
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", "--headless", "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "pdf",
             "--outdir", tmp, str(src)],
            check=True, capture_output=True,
        )
        data = (Path(tmp) / (src.stem + ".pdf")).read_bytes()
    (out / "community-mid-autumn-2025.libreoffice.pdf").write_bytes(data)


def cid_pdf(corpus, out, rel, font, name, header, size):
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    text = (corpus / rel).read_text(encoding="utf-8")
    width, height = A4
    left, right, top, bottom, lead = 72, width - 72, height - 90, 80, size * 1.6
    c = canvas.Canvas(str(out / name), pagesize=A4, invariant=1)
    c.setTitle(header)
    page = 1

    def furniture():
        c.setFont(font, 9)
        c.drawCentredString(width / 2, height - 50, header)
        c.drawCentredString(width / 2, 40, f"- {page} -")
        c.setFont(font, size)

    furniture()
    y = top
    for para in text.splitlines():
        line = ""
        lines = []
        for ch in para:
            if pdfmetrics.stringWidth(line + ch, font, size) > right - left:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
        for ln in lines:
            if y < bottom:
                c.showPage()
                page += 1
                furniture()
                y = top
            c.drawString(left, y, ln)
            y -= lead
    c.save()


def main():
    corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    libreoffice(corpus, out)
    for rel, font, name, header, size in CID:
        cid_pdf(corpus, out, rel, font, name, header, size)


if __name__ == "__main__":
    main()
