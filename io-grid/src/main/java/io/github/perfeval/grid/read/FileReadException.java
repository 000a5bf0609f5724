package io.github.perfeval.grid.read;

import java.util.Objects;

/**
 * The one error a read ends with when a file as a whole cannot be read (a workbook, a Word document, a
 * web page): it names the file and says what is wrong, in Chinese and English. Everything short of that
 * (a cell, a row, a sheet, a table) becomes a diagnostic instead.
 *
 * <pre>{@code
 * try {
 *     reader.read(path);
 * } catch (FileReadException e) {
 *     System.err.println(e.getMessage());   // "upload.doc: 旧版Word文档（.doc）无法读取，请另存为.docx / …"
 *     e.getProblem();                       // Problem.UNSUPPORTED_FORMAT
 * }
 * }</pre>
 *
 * <p>Each reader may throw a subclass naming its source ({@code WorkbookReadException} for workbooks);
 * catching this class catches them all.
 */
public class FileReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the file. */
    public enum Problem {
        /** The file does not exist or cannot be opened. */
        NOT_FOUND("文件不存在或无法打开", "the file does not exist or cannot be opened"),
        /** Not an Excel workbook (xlsx or xls). */
        NOT_A_WORKBOOK("不是Excel工作簿（xlsx/xls）", "not an Excel workbook (xlsx or xls)"),
        /** Not a Word document (docx). */
        NOT_A_DOCUMENT("不是Word文档（docx）", "not a Word document (docx)"),
        /** A format perfeval does not read (an old binary .doc, a PDF, an image…); the detail says what to do. */
        UNSUPPORTED_FORMAT("不支持的文件格式", "a file format perfeval does not read"),
        /** The file is cut short or its structure is broken. */
        TRUNCATED("文件不完整或已损坏", "the file is truncated or corrupt"),
        /** Password-protected. */
        ENCRYPTED("文件已加密，请去除密码后再读取", "the file is password-protected"),
        /** Inflates far beyond its size: a zip bomb. */
        ZIP_BOMB("文件解压后异常膨胀（疑似压缩炸弹），已拒绝", "the file inflates far beyond its size (a zip bomb); refused"),
        /** XML with a DTD or external entities. */
        UNSAFE_XML("文件包含DTD或外部实体，已拒绝", "the file's XML declares a DTD or external entities; refused"),
        /** Beyond a {@link ReadLimits} limit. */
        TOO_LARGE("文件超出读取限制", "the file exceeds a read limit");

        private final String zh;
        private final String en;

        Problem(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        /** The Chinese description. */
        public String messageZh() {
            return zh;
        }

        /** The English description. */
        public String messageEn() {
            return en;
        }
    }

    private final String file;
    private final Problem problem;
    private final String detail;

    /**
     * An error for a file.
     *
     * @param file the file as the caller named it
     * @param problem what is wrong
     * @param detail more detail (which limit, which part), or null
     * @param cause what was thrown underneath, or null
     */
    public FileReadException(String file, Problem problem, String detail, Throwable cause) {
        super(file + ": " + problem.messageZh() + " / " + problem.messageEn() + (detail == null ? "" : " (" + detail + ")"),
                cause, false, false);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = problem;
        this.detail = detail;
    }

    /**
     * The error for what a parser threw while reading a file, told apart by the messages of its causes: zip
     * bombs, DTDs and entities; anything else is a broken file ({@link Problem#TRUNCATED}).
     *
     * @param file the file as the caller named it
     * @param e what was thrown
     * @return the error
     */
    public static FileReadException fromCause(String file, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (isZipBomb(m)) {
                return new FileReadException(file, Problem.ZIP_BOMB, firstLine(m), e);
            }
            if (isUnsafeXml(m)) {
                return new FileReadException(file, Problem.UNSAFE_XML, firstLine(m), e);
            }
        }
        return new FileReadException(file, Problem.TRUNCATED, firstLine(String.valueOf(e.getMessage())), e);
    }

    /** Whether a parser's message says a zip package inflates beyond its bounds (as POI's and commons-compress's do). */
    public static boolean isZipBomb(String message) {
        String m = String.valueOf(message);
        return m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds the max") || m.contains("max entry size")
                || m.contains("MAX_ENTRY_SIZE") || m.contains("max text size");
    }

    /** Whether a parser's message says XML declared a DTD or entities. */
    public static boolean isUnsafeXml(String message) {
        String m = String.valueOf(message);
        return m.contains("DOCTYPE") || m.contains("DTD") || m.contains("entity") || m.contains("Entity");
    }

    /** The first line of a message, at most 200 characters: a detail fit for a one-line error. */
    public static String firstLine(String m) {
        String s = String.valueOf(m);
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** The file as the caller named it. */
    public String getFile() {
        return file;
    }

    /** What is wrong. */
    public Problem getProblem() {
        return problem;
    }

    /** More detail (which limit, which sheet or table), or null. */
    public String getDetail() {
        return detail;
    }
}
