package io.github.cmaltkit.check;

/**
 * Where a link or image goes, worked out once per link when the page is read, so that every link rule
 * reads the same answer ({@link LinkRef#target()}). Each kind is a record; a rule asks
 * {@code link.target() instanceof LinkTarget.Web web}.
 */
public sealed interface LinkTarget {

    /** No destination at all: {@code [text]()}. */
    record Empty() implements LinkTarget {
    }

    /** A web address ({@code http:}, {@code https:} or {@code //host}), as the link checker fetches it. */
    record Web(String url) implements LinkTarget {
    }

    /** A {@code mailto:} link; {@code addresses} is the part before any {@code ?}, decoded. */
    record Mail(String addresses) implements LinkTarget {
    }

    /**
     * A file of the portfolio, written relative to the page (or to the portfolio with a leading {@code /}).
     *
     * @param path     the path as written, without {@code ?query} or {@code #fragment}
     * @param resolved the file relative to the portfolio folder, or null when the path climbs out of it
     * @param fragment the decoded {@code #fragment}, or null when there is none
     */
    record LocalFile(String path, String resolved, String fragment) implements LinkTarget {
    }

    /** A {@code #fragment} of the same page, decoded; empty for a bare {@code #}. */
    record Fragment(String id) implements LinkTarget {
    }

    /**
     * A file on the author's own computer: a {@code file:} address, a drive letter ({@code C:\…}), a
     * network share ({@code \\server\…}) or a home folder ({@code /home/…}, {@code /Users/…}, {@code ~/…}).
     * It opens for nobody else.
     */
    record OwnDisk(String written) implements LinkTarget {
    }

    /** Any other scheme ({@code tel:}, {@code ftp:}, {@code javascript:}…): not checked. */
    record Other(String scheme) implements LinkTarget {
    }
}
