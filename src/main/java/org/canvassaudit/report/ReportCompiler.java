package org.canvassaudit.report;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JRCompiler;

/**
 * The build step that compiles every {@code reports/*.jrxml} into {@code .jasper} files
 * on the class path, so a running night only loads compiled reports and never needs a
 * compiler (Maven runs it in {@code process-classes}).
 */
public final class ReportCompiler {

	private ReportCompiler() {
	}

	/**
	 * Maven runs this in its own class loader, while the report expression compiler reads
	 * {@code java.class.path}, which is Maven's own: hand it the class path this code
	 * sees.
	 */
	private static void compileAgainstThisClassPath() {
		if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
			String classPath = Arrays.stream(loader.getURLs())
				.map((url) -> new File(URI.create(url.toString())).getPath())
				.collect(Collectors.joining(File.pathSeparator));
			DefaultJasperReportsContext.getInstance().setProperty(JRCompiler.COMPILER_CLASSPATH, classPath);
		}
	}

	/**
	 * @param args the folder of {@code .jrxml} files, then the output folder
	 * @throws IOException when a folder cannot be read or written
	 * @throws JRException when a report does not compile
	 */
	public static void main(String[] args) throws IOException, JRException {
		compileAgainstThisClassPath();
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
