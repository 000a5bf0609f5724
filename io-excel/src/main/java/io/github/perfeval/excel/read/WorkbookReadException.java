package io.github.perfeval.excel.read;

import io.github.perfeval.grid.read.FileReadException;

/**
 * The one error a workbook read ends with when the file as a whole cannot be read: it names the file
 * and says what is wrong, in Chinese and English. Everything short of that (a cell, a row, a sheet)
 * becomes a diagnostic instead. A {@link FileReadException}: code reading several kinds of file catches
 * that one.
 *
 * <pre>{@code
 * try {
 *     reader.read(path);
 * } catch (WorkbookReadException e) {
 *     System.err.println(e.getMessage());   // "upload.xlsx: 文件已加密… / the file is password-protected"
 *     e.getProblem();                       // Problem.ENCRYPTED
 * }
 * }</pre>
 */
public final class WorkbookReadException extends FileReadException {

    private static final long serialVersionUID = 1L;

    WorkbookReadException(String file, Problem problem, String detail, Throwable cause) {
        super(file, problem, detail, cause);
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
}
