package org.canvassaudit.report;

import java.nio.file.Path;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;

/**
 * Fills a compiled report and writes it as a PDF.
 */
public final class Pdfs {

	private Pdfs() {
	}

	/**
	 * @param report the compiled report
	 * @param parameters its parameters
	 * @param rows its rows, or {@code null} for a report that has none
	 * @param title the document title in the PDF's metadata
	 * @param file where to write
	 */
	public static void write(JasperReport report, Map<String, Object> parameters, JRDataSource rows, String title,
			Path file) {
		try {
			JasperPrint print = JasperFillManager.fillReport(report, new java.util.HashMap<>(parameters),
					(rows != null) ? rows : new JREmptyDataSource());
			JRPdfExporter exporter = new JRPdfExporter();
			exporter.setExporterInput(new SimpleExporterInput(print));
			exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(file.toFile()));
			SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
			configuration.setMetadataTitle(title);
			configuration.setMetadataCreator("canvass-audit");
			exporter.setConfiguration(configuration);
			exporter.exportReport();
		}
		catch (JRException ex) {
			throw new IllegalStateException("cannot render " + file.getFileName() + ": " + ex.getMessage(), ex);
		}
	}

}
