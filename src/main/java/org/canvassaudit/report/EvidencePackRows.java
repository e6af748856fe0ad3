package org.canvassaudit.report;

import java.util.Iterator;
import java.util.List;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * The lines of an evidence pack as the report's rows.
 */
final class EvidencePackRows implements JRDataSource {

	private final Iterator<EvidencePackLine> lines;

	private EvidencePackLine current;

	EvidencePackRows(List<EvidencePackLine> lines) {
		this.lines = lines.iterator();
	}

	@Override
	public boolean next() {
		this.current = this.lines.hasNext() ? this.lines.next() : null;
		return this.current != null;
	}

	@Override
	public Object getFieldValue(JRField field) {
		return this.current.field(field.getName());
	}

}
