package io.github.perfeval.excel.read;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sheet's comments part as POI's {@code CommentsTable} gives it to a cell: the comment at the cell's
 * address (a later one at the same address wins), its text ({@link RichTextXml}) and its author by index
 * into the part's authors (an index beyond them fails the read, as it fails POI's). Immutable once read.
 */
final class XlsxComments {

    static final XlsxComments NONE = new XlsxComments(List.of(), Map.of());

    /** One comment: its author's index and its text (null when it has no {@code <text>} or the text is empty of runs and t). */
    static final class Comment {
        final long authorId;
        final String text;
        final boolean hasText;

        Comment(long authorId, String text, boolean hasText) {
            this.authorId = authorId;
            this.text = text;
            this.hasText = hasText;
        }
    }

    private final List<String> authors;
    private final Map<Long, Comment> byCell;

    private XlsxComments(List<String> authors, Map<Long, Comment> byCell) {
        this.authors = authors;
        this.byCell = byCell;
    }

    static XlsxComments read(byte[] part, String partName, String file) throws XMLStreamException {
        XMLStreamReader r = SafeXml.open(part, partName, file);
        if (!SafeXml.is(r, "comments")) {
            throw new XlsxDecline("comments root is not SpreadsheetML's comments");
        }
        List<String> authors = new ArrayList<>();
        Map<Long, Comment> byCell = new HashMap<>();
        while (SafeXml.nextChild(r)) {
            if (SafeXml.is(r, "authors")) {
                while (SafeXml.nextChild(r)) {
                    if (SafeXml.is(r, "author")) {
                        authors.add(SafeXml.text(r));
                    } else {
                        SafeXml.skip(r);
                    }
                }
            } else if (SafeXml.is(r, "commentList")) {
                while (SafeXml.nextChild(r)) {
                    if (SafeXml.is(r, "comment")) {
                        long at = CellRefs.cell(SafeXml.attribute(r, "ref"));
                        long author = SafeXml.unsigned(SafeXml.attribute(r, "authorId"), 0, "authorId");
                        String text = null;
                        boolean hasText = false;
                        while (SafeXml.nextChild(r)) {
                            if (!hasText && SafeXml.is(r, "text")) {
                                hasText = true;
                                text = RichTextXml.read(r);
                            } else {
                                SafeXml.skip(r);
                            }
                        }
                        byCell.put(at, new Comment(author, text, hasText));
                    } else {
                        SafeXml.skip(r);
                    }
                }
            } else {
                SafeXml.skip(r);
            }
        }
        return new XlsxComments(authors, byCell);
    }

    /** The comment at a cell, or null. */
    Comment at(int row, int column) {
        return byCell.isEmpty() ? null : byCell.get(CellRefs.key(row, column));
    }

    /** The author of a comment; an index beyond the authors throws, as POI's {@code getAuthorArray} does. */
    String author(Comment c) {
        if (c.authorId >= authors.size()) {
            throw new IndexOutOfBoundsException("comment author " + c.authorId + " of " + authors.size());
        }
        return authors.get((int) c.authorId);
    }
}
