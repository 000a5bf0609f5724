package io.github.perfeval.excel.write;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.EnumMap;
import java.util.Map;

/** The few cell styles of a written form, created once per workbook (Excel caps the number of styles). */
final class Styles {

    /** The font every cell uses: a CJK font that finance offices have. */
    static final String CJK_FONT = "宋体";

    enum Kind { TITLE, HEADER, TEXT, TEXT_CENTER, NUMBER, PERCENT, QUOTED, PLAIN }

    private final Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);

    Styles(Workbook wb) {
        Font normal = wb.createFont();
        normal.setFontName(CJK_FONT);
        normal.setFontHeightInPoints((short) 11);
        Font bold = wb.createFont();
        bold.setFontName(CJK_FONT);
        bold.setFontHeightInPoints((short) 11);
        bold.setBold(true);
        Font big = wb.createFont();
        big.setFontName(CJK_FONT);
        big.setFontHeightInPoints((short) 16);
        big.setBold(true);

        CellStyle title = wb.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        styles.put(Kind.TITLE, title);

        CellStyle header = bordered(wb, bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        styles.put(Kind.HEADER, header);

        styles.put(Kind.TEXT, bordered(wb, normal));
        CellStyle center = bordered(wb, normal);
        center.setAlignment(HorizontalAlignment.CENTER);
        styles.put(Kind.TEXT_CENTER, center);
        CellStyle number = bordered(wb, normal);
        number.setAlignment(HorizontalAlignment.CENTER);
        styles.put(Kind.NUMBER, number);
        CellStyle percent = bordered(wb, normal);
        percent.setAlignment(HorizontalAlignment.CENTER);
        percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        styles.put(Kind.PERCENT, percent);
        CellStyle quoted = bordered(wb, normal);
        quoted.setQuotePrefixed(true);
        styles.put(Kind.QUOTED, quoted);
        CellStyle plain = wb.createCellStyle();
        plain.setFont(normal);
        plain.setWrapText(true);
        plain.setVerticalAlignment(VerticalAlignment.TOP);
        styles.put(Kind.PLAIN, plain);
    }

    private static CellStyle bordered(Workbook wb, Font font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    CellStyle get(Kind k) {
        return styles.get(k);
    }

    /** The style of a kind, marked quote-prefixed (text a spreadsheet would take for a formula), same alignment. */
    CellStyle quoted(Kind k, Workbook wb) {
        return quotedStyles.computeIfAbsent(k, kind -> {
            CellStyle q = wb.createCellStyle();
            q.cloneStyleFrom(styles.get(kind));
            q.setQuotePrefixed(true);
            return q;
        });
    }

    private final Map<Kind, CellStyle> quotedStyles = new EnumMap<>(Kind.class);
}
