package org.canvassaudit.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The inbox folder of one night, listed in processing order. Inputs are regular files
 * directly inside the known sub-folders; everything else seen is listed as ignored and
 * never read.
 */
public final class Inbox {

	private static final Comparator<String> BYTE_ORDER = (a, b) -> Arrays
		.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

	private final List<InboxEntry> entries;

	private Inbox(List<InboxEntry> entries) {
		this.entries = entries;
	}

	/**
	 * @param folder the inbox
	 * @return its entries: inputs in processing order (each folder in byte order of
	 * names), then what is ignored
	 */
	public static Inbox scan(Path folder) {
		Map<InputKind, List<InboxEntry>> inputs = new EnumMap<>(InputKind.class);
		List<InboxEntry> ignored = new ArrayList<>();
		for (Path child : sortedChildren(folder)) {
			String name = child.getFileName().toString();
			if (isInputFolder(name) && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
				scanFolder(name, child, inputs, ignored);
			}
			else {
				ignored.add(new InboxEntry(name, child, null,
						Files.isSymbolicLink(child) ? "symbolic link" : "not an input folder"));
			}
		}
		List<InboxEntry> entries = new ArrayList<>();
		inputs.values().forEach(entries::addAll);
		entries.addAll(ignored);
		return new Inbox(List.copyOf(entries));
	}

	public List<InboxEntry> entries() {
		return this.entries;
	}

	private static void scanFolder(String folderName, Path folder, Map<InputKind, List<InboxEntry>> inputs,
			List<InboxEntry> ignored) {
		for (Path file : sortedChildren(folder)) {
			String name = file.getFileName().toString();
			String path = folderName + "/" + name;
			String problem = problem(name, file);
			InputKind kind = (problem != null) ? null : kindOf(folderName, name);
			if (kind == null) {
				ignored
					.add(new InboxEntry(path, file, null, (problem != null) ? problem : "not an input of this folder"));
			}
			else {
				inputs.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(new InboxEntry(path, file, kind, null));
			}
		}
	}

	private static String problem(String name, Path file) {
		if (Files.isSymbolicLink(file)) {
			return "symbolic link";
		}
		if (name.startsWith("~$")) {
			return "office lock file";
		}
		if (name.startsWith(".")) {
			return "hidden file";
		}
		if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
			return "nested folder";
		}
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return "not a regular file";
		}
		return null;
	}

	private static InputKind kindOf(String folderName, String name) {
		for (InputKind kind : InputKind.values()) {
			if (kind.folder().equals(folderName) && kind.accepts(name)) {
				return kind;
			}
		}
		return null;
	}

	private static boolean isInputFolder(String name) {
		return Stream.of(InputKind.values()).anyMatch((kind) -> kind.folder().equals(name));
	}

	/**
	 * The folder's children as listed, so that a name the platform cannot decode (not
	 * UTF-8, or not in a C locale's ASCII) still opens the file it names, in byte order
	 * of their names.
	 */
	private static List<Path> sortedChildren(Path folder) {
		try (Stream<Path> children = Files.list(folder)) {
			return children.sorted(Comparator.comparing((child) -> child.getFileName().toString(), BYTE_ORDER))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + folder, ex);
		}
	}

}
