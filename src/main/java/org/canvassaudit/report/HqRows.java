package org.canvassaudit.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * The rows of one table of the HQ report, as records: a report field reads the record
 * component of the same name. JasperReports' bean data source expects {@code getX()}
 * accessors, which records do not have.
 */
final class HqRows implements JRRewindableDataSource {

	private final List<? extends Record> rows;

	private final Map<String, Method> accessors = new HashMap<>();

	private int next;

	private Record current;

	private HqRows(List<? extends Record> rows) {
		this.rows = rows;
		if (!rows.isEmpty()) {
			for (RecordComponent component : rows.get(0).getClass().getRecordComponents()) {
				this.accessors.put(component.getName(), component.getAccessor());
			}
		}
	}

	static HqRows of(List<? extends Record> rows) {
		return new HqRows(rows);
	}

	@Override
	public boolean next() {
		if (this.next >= this.rows.size()) {
			return false;
		}
		this.current = this.rows.get(this.next++);
		return true;
	}

	@Override
	public Object getFieldValue(JRField field) throws JRException {
		Method accessor = this.accessors.get(field.getName());
		if (accessor == null) {
			throw new JRException("no component " + field.getName() + " in " + this.current.getClass().getSimpleName());
		}
		try {
			return accessor.invoke(this.current);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new JRException("cannot read " + field.getName(), ex);
		}
	}

	@Override
	public void moveFirst() {
		this.next = 0;
		this.current = null;
	}

}
