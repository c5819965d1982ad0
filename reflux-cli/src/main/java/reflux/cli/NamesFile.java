package reflux.cli;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import reflux.route.io.RouteReader;

/**
 * Reads the names list of {@code reflux resolve --file}: a regular file or standard input ({@code -}), strict UTF-8,
 * one name per line (blank lines and {@code #} comments skipped), streamed and refused beyond {@link #MAX_BYTES}
 * (the route file cap). The file type is checked before the file is opened, so a FIFO or a device neither blocks nor
 * streams forever; a NUL byte ends the read at once (a binary file or {@code /dev/zero} is not a list of names).
 * Never throws for bad input: the result carries the names or a one-line problem naming the file and the limit.
 */
final class NamesFile {

    /** The cap on a names list: the same as on a route file ({@link RouteReader#DEFAULT_MAX_BYTES}, 5 MB). */
    static final long MAX_BYTES = RouteReader.DEFAULT_MAX_BYTES;

    /**
     * The names of a list, or why there are none.
     *
     * @param names   the names in file order, stripped; empty when {@code problem} is set
     * @param problem one sentence naming the file and what is wrong, or null
     */
    record Result(List<String> names, String problem) {
        Result {
            names = List.copyOf(names);
        }
    }

    private NamesFile() {
    }

    /** Reads {@code file}, or {@code stdin} when the file is {@code -}, refusing more than {@code maxBytes}. */
    static Result read(Path file, InputStream stdin, long maxBytes) {
        boolean standardInput = "-".equals(file.toString());
        String what = standardInput ? "standard input" : "names file " + file;
        if (!standardInput) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return problem(what + ": no such file");
            } catch (IOException | SecurityException e) {
                return problem(what + ": cannot be read (its type and size cannot be read either)");
            }
            if (a.isDirectory()) {
                return problem(what + ": is a directory; --file takes a text file with one name per line, or - for"
                        + " standard input");
            }
            if (!a.isRegularFile()) {
                return problem(what + ": is not a regular file (a device, pipe or socket); --file takes a regular"
                        + " file, or - for standard input");
            }
            if (a.size() > maxBytes) {
                return problem(what + ": is " + a.size() + " bytes; a names list is limited to " + limit(maxBytes));
            }
        }
        try (InputStream raw = standardInput ? new NoClose(stdin) : Files.newInputStream(file);
             BufferedReader in = new BufferedReader(new InputStreamReader(new Capped(raw, maxBytes),
                     StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                             .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            List<String> names = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                    names.add(line.strip());
                }
            }
            return new Result(names, null);
        } catch (TooLong e) {
            return problem(what + ": is longer than " + limit(maxBytes) + ", the limit for a names list");
        } catch (NulByte e) {
            return problem(what + ": has a NUL byte at byte offset " + e.offset + "; a names list is UTF-8 text");
        } catch (CharacterCodingException e) {
            return problem(what + ": is not UTF-8 text");
        } catch (AccessDeniedException e) {
            return problem(what + ": permission denied");
        } catch (NoSuchFileException e) {
            return problem(what + ": no such file");
        } catch (IOException | SecurityException e) {
            return problem(what + ": cannot be read");
        }
    }

    /**
     * Why a file could not be read, as a short phrase without the exception's class: "no such file", "permission
     * denied", "not UTF-8 text", the operating system's reason, or the message of an exception Reflux threw itself.
     */
    static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        if (e.getClass() == IOException.class && e.getMessage() != null) {
            return e.getMessage();
        }
        return "cannot be read";
    }

    private static Result problem(String message) {
        return new Result(List.of(), message);
    }

    /** "5 MB (5242880 bytes)" for whole megabytes, else the bytes. */
    static String limit(long maxBytes) {
        return maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MB (" + maxBytes + " bytes)"
                : maxBytes + " bytes";
    }

    /** The list went past the cap. */
    private static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** The list holds a NUL byte. */
    private static final class NulByte extends IOException {
        private static final long serialVersionUID = 1L;
        final long offset;

        NulByte(long offset) {
            this.offset = offset;
        }
    }

    /** Counts the bytes that pass and fails past the cap or at the first NUL byte. */
    private static final class Capped extends FilterInputStream {
        private final long max;
        private long count;

        Capped(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                check(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                check(buf, off, n);
            }
            return n;
        }

        private void check(byte[] buf, int off, int n) throws IOException {
            for (int i = off; i < off + n; i++) {
                if (buf[i] == 0) {
                    throw new NulByte(count + i - off);
                }
            }
            count += n;
            if (count > max) {
                throw new TooLong();
            }
        }
    }

    /** Standard input stays open for the rest of the process. */
    private static final class NoClose extends FilterInputStream {
        NoClose(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
