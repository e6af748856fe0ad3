package org.canvassaudit.ingest.xlsx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the sheets of an .xlsx file with POI's event API: one row in memory at a time,
 * every sheet in workbook order, hidden ones too.
 * <p>
 * POI's zip-bomb limits are JVM-wide; they are set here once and never relaxed for
 * inputs.
 */
public final class XlsxWorkbooks {

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(512L * 1024 * 1024);
	}

	private XlsxWorkbooks() {
	}

	/**
	 * @param file an .xlsx file
	 * @param visitor what to do with its sheets
	 * @throws UnreadableWorkbookException when the file is not a readable workbook
	 * @throws IOException when the file cannot be read at all
	 */
	public static void read(Path file, SheetVisitor visitor) throws UnreadableWorkbookException, IOException {
		checkMagic(file);
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			boolean date1904 = isDate1904(reader);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					SheetRowHandler rows = visitor.startSheet(sheets.getSheetName(), date1904);
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new SheetXmlHandler(strings, styles, rows));
					parser.parse(new InputSource(sheet));
					visitor.endSheet();
				}
			}
		}
		catch (InvalidFormatException ex) {
			throw new UnreadableWorkbookException(
					"not a readable workbook: the .xlsx (zip) file is damaged or incomplete", ex);
		}
		catch (SAXException | ParserConfigurationException ex) {
			throw new UnreadableWorkbookException("not a readable workbook: " + ex.getMessage(), ex);
		}
		catch (SheetContentException ex) {
			throw ex;
		}
		catch (OpenXML4JException | RuntimeException ex) {
			throw unreadable(ex);
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	private static UnreadableWorkbookException unreadable(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.contains("Zip bomb")) {
			return new UnreadableWorkbookException("rejected as a possible zip bomb (it expands far beyond its size)",
					ex);
		}
		return new UnreadableWorkbookException("not a readable workbook: " + firstLine(message), ex);
	}

	private static void checkMagic(Path file) throws UnreadableWorkbookException, IOException {
		if (Files.size(file) == 0) {
			throw new UnreadableWorkbookException("empty file");
		}
		FileMagic magic;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			magic = FileMagic.valueOf(in);
		}
		if (magic == FileMagic.OLE2) {
			throw new UnreadableWorkbookException(
					isEncrypted(file) ? "password-protected workbook: save it without a password as .xlsx"
							: "a legacy .xls workbook, not .xlsx: save it as .xlsx");
		}
		if (magic != FileMagic.OOXML) {
			throw new UnreadableWorkbookException("not a readable workbook: the file is not an .xlsx (zip) file");
		}
	}

	private static boolean isEncrypted(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static boolean isDate1904(XSSFReader reader) throws IOException, InvalidFormatException {
		try (InputStream workbook = reader.getWorkbookData()) {
			byte[] head = workbook.readNBytes(64 * 1024);
			String xml = new String(head, java.nio.charset.StandardCharsets.UTF_8);
			return xml.matches("(?s).*<(\\w+:)?workbookPr[^>]*\\bdate1904=\"(1|true)\".*");
		}
	}

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}
