package org.canvassaudit.support;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text as PDFBox reads it back.
 */
public final class PdfText {

	private PdfText() {
	}

	/**
	 * @param file a PDF
	 * @return its text with runs of white space as one space, and a line that
	 * JasperReports broke after a hyphen joined again ("2024-06-" / "07")
	 * @throws IOException when it cannot be read as a PDF
	 */
	public static String of(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(document).replaceAll("-\\R", "-").replaceAll("\\s+", " ").strip();
		}
	}

}
