#!/usr/bin/env python3
"""Write the generated document fixtures of tests/fixtures/inputs/generated/
from corpus texts: Word documents (.docx) whose headings use Word's automatic
numbering, web pages in UTF-8, GB2312 and Big5, and OFD files in two producers'
styles. Standard library only (a .docx and an .ofd are zip archives of XML).

    python3 scripts/make-input-fixtures.py ../shared/corpus tests/fixtures/inputs/generated

Each output is written deterministically (fixed zip timestamps), so running the
script again gives the same bytes.
"""

import html
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

SOURCES = [
    "seed/community-mid-autumn-2025.txt",
    "reports/cn-city-gwr/city-058.txt",
    "reports/cn-national-gwr/npc-resolution-18.txt",
    "reports/oh-meeting-minutes/sig_knowlege__2022-08-23-meeting.txt",
    "reports/tw-ly-proceedings/LCEWC03_090311.txt",
]

STAMP = (2025, 1, 1, 0, 0, 0)


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# --- list markers -----------------------------------------------------------

CN = "〇一二三四五六七八九"


def cn_number(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    if n < 100:
        return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
    return None


def cn_value(s):
    for n in range(1, 100):
        if cn_number(n) == s:
            return n
    return None


# Word list levels, outermost first: (pattern of the marker, numFmt, lvlText).
LEVELS = [
    (r"([一二三四五六七八九十]+)、", "chineseCounting", "%1、"),
    (r"（([一二三四五六七八九十]+)）", "chineseCounting", "（%2）"),
    (r"\(([一二三四五六七八九十]+)\)", "chineseCounting", "(%3)"),
    (r"(\d{1,2})\.(?!\d)", "decimal", "%4."),
    (r"(\d{1,2})、", "decimal", "%5、"),
    (r"（(\d{1,2})）", "decimal", "（%6）"),
    (r"\((\d{1,2})\)", "decimal", "(%7)"),
]


def marker(line):
    """(level, value, rest of the line) of a line that starts with a list marker."""
    for lvl, (pat, fmt, _) in enumerate(LEVELS):
        m = re.match(pat, line)
        if m:
            v = cn_value(m.group(1)) if fmt == "chineseCounting" else int(m.group(1))
            if v:
                return lvl, v, line[m.end():]
    return None


class Lists:
    """List instances (w:num) over one definition, as Word counts them: a level
    continues its count and restarts after a use of any level above it."""

    def __init__(self):
        self.instances = []  # [num_id, counters], most recent last

    def assign(self, lvl, value):
        for inst in reversed(self.instances):
            nxt = (inst[1][lvl] or 0) + 1
            if nxt == value:
                self.use(inst, lvl)
                self.instances.remove(inst)
                self.instances.append(inst)
                return inst[0]
        if value == 1:
            inst = [len(self.all_ids()) + 1, [None] * 9]
            self.created.append(inst[0])
            self.use(inst, lvl)
            self.instances.append(inst)
            return inst[0]
        return None

    created = []

    def all_ids(self):
        return self.created

    @staticmethod
    def use(inst, lvl):
        inst[1][lvl] = (inst[1][lvl] or 0) + 1
        for deeper in range(lvl + 1, 9):
            inst[1][deeper] = None


# --- DOCX -------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def docx(lines, path):
    lists = Lists()
    lists.created = []
    body = []
    for line in lines:
        m = marker(line)
        num = lists.assign(m[0], m[1]) if m else None
        if line.rstrip().endswith(tuple(f"篇{i}" for i in range(1, 100))):
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{run(line)}</w:p>')
        elif num is not None:
            lvl, _, rest = m
            body.append(
                f'<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{lvl}"/>'
                f'<w:numId w:val="{num}"/></w:numPr></w:pPr>{run(rest)}</w:p>'
            )
        elif line == "":
            body.append("<w:p/>")
        else:
            body.append(f"<w:p>{run(line)}</w:p>")
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for i, (_, fmt, text) in enumerate(LEVELS)
    )
    nums = "".join(
        f'<w:num w:numId="{n}"><w:abstractNumId w:val="0"/>'
        + (
            ""
            if n == 1
            else "".join(
                f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="1"/></w:lvlOverride>'
                for i in range(len(LEVELS))
            )
        )
        + "</w:num>"
        for n in lists.created
    )
    numbering = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>'
        f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
        f"{nums}</w:numbering>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>'
        "</w:styles>"
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'
        + "".join(body)
        + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    doc_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
        "</Relationships>"
    )
    write_zip(
        path,
        [
            ("[Content_Types].xml", content_types),
            ("_rels/.rels", rels),
            ("word/document.xml", document),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering),
            ("word/_rels/document.xml.rels", doc_rels),
        ],
    )


# --- HTML -------------------------------------------------------------------


def page(lines, path, charset):
    out = [
        "<!DOCTYPE html>",
        "<html><head>",
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        f"<title>{html.escape(lines[0] if lines else '')}</title>",
        "<style>p { text-indent: 2em; }</style>",
        "<script>var visits = '<p>not shown</p>';</script>",
        "</head><body>",
        '<div class="nav" style="display: none">首页 &gt; 信息公开</div>',
    ]
    for i, line in enumerate(lines):
        t = html.escape(line, quote=False).replace(" ", "&nbsp;") if line.startswith(" ") else html.escape(line, quote=False)
        if i == 0:
            out.append(f"<h1>{t}</h1>")
        elif marker(line) and marker(line)[0] == 0:
            out.append(f"<h2>{t}</h2>")
        elif line == "":
            out.append("<br>")
        else:
            out.append(f"<p>{t}</p>")
    out.append("</body></html>")
    text = "\n".join(out) + "\n"
    Path(path).write_bytes(text.encode(charset, errors="xmlcharrefreplace"))


# --- OFD --------------------------------------------------------------------

OFD_NS = "http://www.ofdspec.org/2016"
PER_LINE = 38  # characters per printed line
LINE_H = 7.0  # mm between baselines
SIZE = 4.2333  # 12 pt in mm
TOP, LEFT, PAGE_LINES = 25.0, 25.0, 34


def printed_lines(lines):
    out = []
    for line in lines:
        if line == "":
            continue
        while len(line) > PER_LINE:
            out.append(line[:PER_LINE])
            line = line[PER_LINE:]
        out.append(line)
    return out


def ofd(lines, path, style):
    """style "a": prefixed names, relative paths, one TextCode per line with
    compressed DeltaX; style "b": default namespace, absolute paths, a
    TextObject per half line with a CTM, X/Y per glyph run."""
    printed = printed_lines(lines)
    pages = [printed[i : i + PAGE_LINES] for i in range(0, len(printed), PAGE_LINES)] or [[]]
    parts = []
    oid = 10
    for pi, plines in enumerate(pages):
        objs = []
        for li, text in enumerate(plines):
            y = TOP + li * LINE_H
            if style == "a":
                oid += 1
                objs.append(
                    f'<ofd:TextObject ID="{oid}" Boundary="{LEFT} {y - SIZE:.3f} {SIZE * len(text) + 1:.3f} {SIZE * 1.5:.3f}" Font="3" Size="{SIZE}">'
                    f'<ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="{SIZE:.3f}" DeltaX="g {max(len(text) - 1, 0)} {SIZE}">{escape(text)}</ofd:TextCode></ofd:TextObject>'
                )
            else:
                half = (len(text) + 1) // 2
                # Written right half first: reading order comes from coordinates.
                for start, chunk in ((half, text[half:]), (0, text[:half])):
                    if not chunk:
                        continue
                    oid += 1
                    x = LEFT + start * SIZE
                    # Font size 1 scaled by the CTM to SIZE.
                    objs.append(
                        f'<TextObject ID="{oid}" Boundary="{x:.3f} {y - SIZE:.3f} {SIZE * len(chunk) + 1:.3f} {SIZE * 1.5:.3f}" Font="3" Size="1" CTM="{SIZE} 0 0 {SIZE} 0 0">'
                        f'<TextCode X="0" Y="1" DeltaX="{" ".join(["1"] * (len(chunk) - 1))}">{escape(chunk)}</TextCode></TextObject>'
                    )
        if style == "a":
            content = (
                f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content>'
                f'<ofd:Layer ID="{pi + 2}">{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>'
            )
        else:
            content = (
                f'<?xml version="1.0" encoding="UTF-8"?>\n<Page xmlns="{OFD_NS}">\n  <Content>\n    <Layer ID="{pi + 2}" Type="Body">\n      '
                + "\n      ".join(objs)
                + "\n    </Layer>\n  </Content>\n</Page>\n"
            )
        parts.append((f"Doc_0/Pages/Page_{pi}/Content.xml", content))
    if style == "a":
        page_list = "".join(
            f'<ofd:Page ID="{i + 100}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages))
        )
        document = (
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData>'
            '<ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>'
            f"<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>{page_list}</ofd:Pages></ofd:Document>"
        )
        root = (
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.2" DocType="OFD">'
            "<ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID><ofd:Creator>wenshu fixtures (a)</ofd:Creator></ofd:DocInfo>"
            "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
        )
        res = f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="3" FontName="宋体"/></ofd:Fonts></ofd:Res>'
    else:
        page_list = "\n    ".join(
            f'<Page ID="{i + 100}" BaseLoc="/Doc_0/Pages/Page_{i}/Content.xml"/>' for i in range(len(pages))
        )
        document = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="{OFD_NS}">\n  <CommonData>\n    <MaxUnitID>9999</MaxUnitID>\n'
            "    <PageArea><PhysicalBox>0 0 210 297</PhysicalBox></PageArea>\n    <PublicRes>PublicRes.xml</PublicRes>\n"
            '    <TemplatePage ID="5" BaseLoc="Tpls/Tpl_0/Content.xml"/>\n'
            f"  </CommonData>\n  <Pages>\n    {page_list}\n  </Pages>\n</Document>\n"
        )
        root = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<OFD xmlns="{OFD_NS}" Version="1.1" DocType="OFD">\n  <DocBody>\n'
            "    <DocInfo><DocID>1</DocID><Creator>wenshu fixtures (b)</Creator></DocInfo>\n"
            "    <DocRoot>/Doc_0/Document.xml</DocRoot>\n  </DocBody>\n</OFD>\n"
        )
        res = f'<?xml version="1.0" encoding="UTF-8"?>\n<Res xmlns="{OFD_NS}" BaseLoc="Res"><Fonts><Font ID="3" FontName="SimSun"/></Fonts></Res>\n'
        # A running header on the template: not part of the text.
        parts.append(
            (
                "Doc_0/Tpls/Tpl_0/Content.xml",
                f'<?xml version="1.0" encoding="UTF-8"?>\n<Page xmlns="{OFD_NS}"><Content><Layer ID="1">'
                '<TextObject ID="2" Boundary="25 10 100 6" Font="3" Size="3"><TextCode X="0" Y="3">页眉：不应读出</TextCode></TextObject>'
                "</Layer></Content></Page>\n",
            )
        )
    write_zip(
        path,
        [("OFD.xml", root), ("Doc_0/Document.xml", document), ("Doc_0/PublicRes.xml", res)] + parts,
    )


def main():
    corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for rel in SOURCES:
        text = (corpus / rel).read_text(encoding="utf-8")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        stem = Path(rel).stem
        docx(lines, out / f"{stem}.docx")
        traditional = stem.startswith("community") or stem.startswith("LCEWC")
        page(lines, out / f"{stem}.html", "big5" if traditional else "gb2312")
        ofd(lines, out / f"{stem}.a.ofd", "a")
        ofd(lines, out / f"{stem}.b.ofd", "b")
    print(f"wrote {len(SOURCES) * 4} files to {out}")


if __name__ == "__main__":
    main()
