package org.canvassaudit.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before any work starts, the folders a command will read or write, so a bad
 * setting fails at once with exit code 2 and its name rather than hours into a night.
 */
public final class Folders {

	private Folders() {
	}

	/**
	 * @param folder a folder to read from
	 * @param setting the setting or option that names it
	 * @return the folder
	 * @throws ConfigurationException when it is not a readable folder
	 */
	public static Path readable(Path folder, String setting) {
		if (folder == null) {
			throw new ConfigurationException(setting + " is not set");
		}
		if (!Files.isDirectory(folder)) {
			throw new ConfigurationException(setting + ": " + folder + " is not a folder");
		}
		if (!Files.isReadable(folder)) {
			throw new ConfigurationException(setting + ": the folder " + folder + " cannot be read");
		}
		return folder;
	}

	/**
	 * @param folder a folder to write into, created if missing
	 * @param setting the setting or option that names it
	 * @return the folder
	 * @throws ConfigurationException when it cannot be created or written
	 */
	public static Path writable(Path folder, String setting) {
		if (folder == null) {
			throw new ConfigurationException(setting + " is not set");
		}
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new ConfigurationException(setting + ": cannot create the folder " + folder + " (" + ex + ")", ex);
		}
		if (!Files.isWritable(folder)) {
			throw new ConfigurationException(setting + ": the folder " + folder + " cannot be written");
		}
		return folder;
	}

}
