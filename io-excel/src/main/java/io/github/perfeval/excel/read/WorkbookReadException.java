package io.github.perfeval.excel.read;

/**
 * The one error a workbook read ends with when the file as a whole cannot be read: it names the file
 * and says what is wrong, in Chinese and English. Everything short of that (a cell, a row, a sheet)
 * becomes a diagnostic instead.
 *
 * <pre>{@code
 * try {
 *     reader.read(path);
 * } catch (WorkbookReadException e) {
 *     System.err.println(e.getMessage());   // "upload.xlsx: 文件已加密 / the workbook is password-protected"
 * }
 * }</pre>
 */
public final class WorkbookReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the file. */
    public enum Problem {
        /** The file does not exist or cannot be opened. */
        NOT_FOUND("文件不存在或无法打开", "the file does not exist or cannot be opened"),
        /** Not an Excel workbook (xlsx or xls). */
        NOT_A_WORKBOOK("不是Excel工作簿（xlsx/xls）", "not an Excel workbook (xlsx or xls)"),
        /** The file is cut short or its structure is broken. */
        TRUNCATED("文件不完整或已损坏", "the file is truncated or corrupt"),
        /** Password-protected. */
        ENCRYPTED("文件已加密，请去除密码后再读取", "the workbook is password-protected"),
        /** Inflates far beyond its size: a zip bomb. */
        ZIP_BOMB("文件解压后异常膨胀（疑似压缩炸弹），已拒绝", "the workbook inflates far beyond its size (a zip bomb); refused"),
        /** XML with a DTD or external entities. */
        UNSAFE_XML("文件包含DTD或外部实体，已拒绝", "the workbook's XML declares a DTD or external entities; refused"),
        /** Beyond a {@link ReadLimits} limit. */
        TOO_LARGE("文件超出读取限制", "the workbook exceeds a read limit");

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

    WorkbookReadException(String file, Problem problem, String detail, Throwable cause) {
        super(file + ": " + problem.messageZh() + " / " + problem.messageEn() + (detail == null ? "" : " (" + detail + ")"),
                cause, false, false);
        this.file = file;
        this.problem = problem;
        this.detail = detail;
    }

    /**
     * The error for whatever POI threw while reading a file: zip bombs, unsafe XML, encryption and
     * broken files are told apart by their causes.
     *
     * @param file the file as the caller named it
     * @param e what was thrown
     * @return the error
     */
    public static WorkbookReadException of(String file, Exception e) {
        return ExcelFormReader.classify(file, e);
    }

    /** The file as the caller named it. */
    public String getFile() {
        return file;
    }

    /** What is wrong. */
    public Problem getProblem() {
        return problem;
    }

    /** More detail (which limit, which sheet), or null. */
    public String getDetail() {
        return detail;
    }
}
