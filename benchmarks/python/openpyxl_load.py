"""The Python baseline of end-to-end.sh: openpyxl loads every workbook given (files or folders) and touches
every cell and merged range, nothing else (no model, no checks). Prints the cell count."""
import os
import sys

import openpyxl


def workbooks(paths):
    for p in paths:
        if os.path.isdir(p):
            for name in sorted(os.listdir(p)):
                if name.endswith(".xlsx"):
                    yield os.path.join(p, name)
        else:
            yield p


def main():
    cells = 0
    files = 0
    for path in workbooks(sys.argv[1:]):
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            cells += len(ws.merged_cells.ranges)
            for row in ws.iter_rows():
                for cell in row:
                    if cell.value is not None or cell.value is None:
                        cells += 1
        wb.close()
        files += 1
    print(f"{files} files, {cells} cells")


if __name__ == "__main__":
    main()
