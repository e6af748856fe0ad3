package org.canvassaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * The build step that compiles every {@code reports/*.jrxml} into {@code .jasper} files
 * on the class path, so a running night only loads compiled reports and never needs a
 * compiler (Maven runs it in {@code process-classes}).
 */
public final class ReportCompiler {

	private ReportCompiler() {
	}

	/**
	 * @param args the folder of {@code .jrxml} files, then the output folder
	 * @throws IOException when a folder cannot be read or written
	 * @throws JRException when a report does not compile
	 */
	public static void main(String[] args) throws IOException, JRException {
		Path source = Path.of(args[0]);
		Path target = Path.of(args[1]);
		Files.createDirectories(target);
		List<Path> designs;
		try (Stream<Path> files = Files.list(source)) {
			designs = files.filter((file) -> file.toString().endsWith(".jrxml")).sorted().toList();
		}
		for (Path design : designs) {
			String name = design.getFileName().toString().replace(".jrxml", ".jasper");
			JasperCompileManager.compileReportToFile(design.toString(), target.resolve(name).toString());
		}
		System.out.println("compiled " + designs.size() + " reports into " + target);
	}

}
