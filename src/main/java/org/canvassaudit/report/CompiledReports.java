package org.canvassaudit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

import org.springframework.stereotype.Component;

/**
 * The reports compiled at build time ({@code reports/*.jrxml} → {@code /reports/*.jasper}
 * on the class path), each loaded once and reused for every rendering.
 */
@Component
public class CompiledReports {

	private final Map<String, JasperReport> loaded = new ConcurrentHashMap<>();

	/**
	 * @param name a report's name, e.g. {@code hq-report}
	 * @return the compiled report
	 */
	public JasperReport get(String name) {
		return this.loaded.computeIfAbsent(name, CompiledReports::load);
	}

	/**
	 * @return how many reports have been loaded so far
	 */
	public int loadedCount() {
		return this.loaded.size();
	}

	private static JasperReport load(String name) {
		String resource = "/reports/" + name + ".jasper";
		try (InputStream in = CompiledReports.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("no compiled report " + resource + " on the class path");
			}
			return (JasperReport) JRLoader.loadObject(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (JRException ex) {
			throw new IllegalStateException("cannot load " + resource + ": " + ex.getMessage(), ex);
		}
	}

}
