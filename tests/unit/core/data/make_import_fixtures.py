#!/usr/bin/env python3
"""Writes the import fixtures next to this script: one roster as Excel's GBK CSV, UTF-8 CSV with and without a BOM,
and an XLSX written by LibreOffice (soffice must be on PATH). Run it again only to change the fixtures."""
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

HEADERS_ZH = ["帐号", "姓名", "身份证号", "手机号", "案号", "部门"]
HEADERS_EN = ["Account", "Name", "ID Number", "Mobile", "Case Number", "Unit"]
# Row 5 holds a line break inside a quoted cell, row 6 a formula-looking case number, row 7 a wrong ID check
# character; 镕 is in GBK but not in GB 2312.
ROWS = [
    ["zhangsan", "张三", "11010519491231002X", "13800138000", "(2024)京0105民初123号", "民一庭"],
    ["lisi", "朱镕", "110101199003074477", "+86 139-0013-9000", "(2024)京0105民初124号", "执行局"],
    ["wangwu", "王五", "", "13700137000", "(2024)京0105执字第1号, 补充", "立案庭"],
    ["ZhaoLiu", " 赵六 ", "440304198503152517", "13600136000", "多行\n案号", ""],
    ["qianqi", "钱七", "110101200002290018", "13500135000", "=1+1", "审判管理办公室"],
    ["sunba", "孙八", "110101200002290019", "13400134000", "", ""],
]


def csv_line(cells):
    out = []
    for cell in cells:
        if any(c in cell for c in ',"\n\r'):
            cell = '"' + cell.replace('"', '""') + '"'
        out.append(cell)
    return ",".join(out)


def csv_text(headers, eol):
    return eol.join(csv_line(r) for r in [headers] + ROWS) + eol


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


write("import_gbk.csv", csv_text(HEADERS_ZH, "\r\n").encode("gbk"))
write("import_utf8_bom.csv", b"\xef\xbb\xbf" + csv_text(HEADERS_ZH, "\r\n").encode("utf-8"))
write("import_utf8.csv", csv_text(HEADERS_EN, "\n").encode("utf-8"))

# LibreOffice: comma separated, '"' quoted, UTF-8 (76), from line 1; columns 1-3, 5, 6 as text (2) and the mobile
# column as a number where it is one (1), so that the workbook has shared strings and numbers.
with tempfile.TemporaryDirectory() as tmp:
    source = os.path.join(tmp, "import.csv")
    with open(source, "wb") as f:
        f.write(csv_text(HEADERS_ZH, "\r\n").encode("utf-8"))
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                    "--infilter=CSV:44,34,76,1,1/2/2/2/3/2/4/1/5/2/6/2", "--convert-to", "xlsx", "--outdir", tmp,
                    source], check=True, stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "import.xlsx"), os.path.join(HERE, "import.xlsx"))
