package reflux.chem;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A 64-bit checksum of the code and data a result is computed with, for keying persistent caches and memos: the
 * class and data files under some package folders of the jars (or classes folders) that hold some anchor classes,
 * and the file names (so the versions) of the library jars that hold some library classes.
 *
 * <pre>{@code
 * String key = CodeDigest.of("reflux-memo v1", List.of("reflux/cli/Main.class"), List.of("reflux/"),
 *         List.of("org/openscience/cdk/silent/SilentChemObjectBuilder.class"));
 * }</pre>
 *
 * <p>From a jar, its own CRC-32 and size of each entry are used (the central directory only: no entry is
 * decompressed); from a classes folder, the files' bytes. CRC-32 and CRC-32C together (no JCA start-up). When an
 * anchor's container cannot be found the digest is {@code unknown-NANOS}, which never matches a stored one: no
 * caching without a known code base. Stateless; thread-safe.
 */
public final class CodeDigest {

    private CodeDigest() {
    }

    /**
     * The digest of {@code tag}, the files under {@code prefixes} (folder paths ending in '/') in the containers of
     * {@code anchors} (class resource names), and the jar names of {@code libraries} (class resource names).
     */
    public static String of(String tag, List<String> anchors, List<String> prefixes, List<String> libraries) {
        CRC32 a = new CRC32();
        CRC32C b = new CRC32C();
        Consumer<String> add = text -> {
            byte[] bytes = (text + '\n').getBytes(StandardCharsets.UTF_8);
            a.update(bytes);
            b.update(bytes);
        };
        try {
            add.accept(tag);
            Set<Path> containers = new LinkedHashSet<>();
            for (String anchor : anchors) {
                Path own = container(anchor);
                if (own == null) {
                    return "unknown-" + System.nanoTime();
                }
                containers.add(own);
            }
            for (Path own : containers) {
                if (Files.isDirectory(own)) {
                    for (String prefix : prefixes) {
                        Path d = own.resolve(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
                        if (Files.isDirectory(d)) {
                            try (Stream<Path> s = Files.walk(d)) {
                                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                                    byte[] bytes = Files.readAllBytes(p);
                                    add.accept(own.relativize(p).toString());
                                    a.update(bytes);
                                    b.update(bytes);
                                }
                            }
                        }
                    }
                } else {
                    try (ZipFile zip = new ZipFile(own.toFile())) {
                        List<? extends ZipEntry> list = zip.stream()
                                .filter(e -> prefixes.stream().anyMatch(e.getName()::startsWith))
                                .sorted(Comparator.comparing(ZipEntry::getName)).toList();
                        for (ZipEntry e : list) {
                            add.accept(e.getName() + '\t' + e.getCrc() + '\t' + e.getSize());
                        }
                    }
                }
            }
            for (String cls : libraries) {
                Path p = container(cls);
                add.accept(p == null ? cls : String.valueOf(p.getFileName()));
            }
            return String.format("%08x%08x", a.getValue(), b.getValue());
        } catch (IOException | RuntimeException e) {
            return "unknown-" + System.nanoTime();
        }
    }

    /** The jar or classes folder a class file is loaded from (found without loading the class), or null. */
    static Path container(String resource) {
        URL url = CodeDigest.class.getClassLoader().getResource(resource);
        if (url == null) {
            return null;
        }
        try {
            if (url.getProtocol().equals("jar")) {
                String spec = url.getPath(); // file:/.../x.jar!/a/b/C.class
                return Path.of(new URI(spec.substring(0, spec.indexOf("!/"))));
            }
            if (url.getProtocol().equals("file")) {
                Path p = Path.of(url.toURI());
                for (int i = 0; i < resource.split("/").length; i++) {
                    p = p.getParent();
                }
                return p;
            }
            return null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
