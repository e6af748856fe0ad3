package org.canvassaudit.report;

import java.util.Locale;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;

/**
 * Makes the HQ report's weekly chart readable whatever the night's figures: whole-number
 * ticks on both axes (contacts and sessions are counts, and a quiet week would otherwise
 * show ticks of 0.2 printed as "0, 0, 0, 1"); week labels allowed two lines, for "W30 (so
 * far)", and slanted once there are too many weeks to sit side by side; bars no wider
 * than a tenth of the chart, so two weeks do not look like two walls; the sessions line
 * drawn over the bars rather than hidden behind them. Public only because JasperReports
 * instantiates it by name from {@code reports/hq-weeks.jrxml}.
 */
public class HqChartCustomizer implements JRChartCustomizer {

	/** Beyond this many weeks, labels like "W23" no longer fit side by side. */
	private static final int LEVEL_LABELS = 14;

	@Override
	public void customize(JFreeChart chart, JRChart jasperChart) {
		if (!(chart.getPlot() instanceof CategoryPlot plot)) {
			return;
		}
		for (int i = 0; i < plot.getRangeAxisCount(); i++) {
			ValueAxis axis = plot.getRangeAxis(i);
			if (axis instanceof NumberAxis numbers) {
				numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.UK));
			}
		}
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		if (plot.getRenderer() instanceof BarRenderer bars) {
			bars.setMaximumBarWidth(0.1);
		}
		plot.getDomainAxis().setMaximumCategoryLabelLines(2);
		if (plot.getCategories() != null && plot.getCategories().size() > LEVEL_LABELS) {
			plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
	}

}
