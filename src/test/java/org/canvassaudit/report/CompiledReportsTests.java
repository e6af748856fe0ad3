package org.canvassaudit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports are compiled at build time, loaded once, and render with the embedded DejaVu
 * fonts, accents included.
 */
class CompiledReportsTests {

	@TempDir
	Path temp;

	// The smoke report renders a parameter; the PDF reads back with the same text and
	// embeds
	// DejaVu Sans, whatever fonts the machine has.
	@Test
	void rendersWithEmbeddedDejaVuFonts() throws IOException {
		CompiledReports reports = new CompiledReports();
		Path pdf = this.temp.resolve("smoke.pdf");
		Pdfs.write(reports.get("smoke"), Map.of("title", "Siân O'Connor: 3 of 5 twinned sessions"), null, "smoke", pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(new PDFTextStripper().getText(document).strip())
				.isEqualTo("Siân O'Connor: 3 of 5 twinned sessions");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("smoke");
			Set<String> fonts = new HashSet<>();
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
			assertThat(fonts).containsExactly("DejaVuSans-Bold");
		}
		assertThat(reports.get("smoke")).isSameAs(reports.get("smoke"));
		assertThat(reports.loadedCount()).isEqualTo(1);
	}

}
