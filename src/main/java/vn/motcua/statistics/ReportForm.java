package vn.motcua.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import vn.motcua.statistics.ReportClassification.Period;
import vn.motcua.statistics.StatisticsReport.Counts;
import vn.motcua.statistics.StatisticsReport.Group;
import vn.motcua.statistics.StatisticsReport.GroupBy;
import vn.motcua.statistics.StatisticsReport.Report;
import vn.motcua.web.MotCuaTime;
import vn.motcua.web.VnFormat;

/**
 * The layout of Biểu số 06/VPCP/KSTT (TT 01/2020/TT-VPCP; DOMAIN.md §6.1) shared by the exports: the title, the
 * columns (3)…(13) with their headings and machine names, the lines (one per group, then the total) and the rates
 * below the table with their numerators and denominators (§6.2, §6.6). Always in Vietnamese: it is an official form.
 */
final class ReportForm {

	static final String TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC";

	static final String FORM = "Biểu số 06/VPCP/KSTT";

	static final String COUNTING_UNIT = "Đơn vị tính: Số hồ sơ TTHC";

	static final String NO = "STT";

	static final String TOTAL = "Tổng cộng";

	static final String RECEIVED = "Số hồ sơ nhận giải quyết";

	static final String RESOLVED = "Số hồ sơ đã giải quyết";

	static final String IN_PROGRESS = "Số hồ sơ đang giải quyết";

	static final String OF_WHICH = "Trong đó";

	static final String WITHDRAWN = "Số hồ sơ rút, dừng giải quyết trong kỳ (không tính vào các cột (3)–(13))";

	/** One count column of the form: its number, heading (under its group) and how it reads the counts. */
	record Column(int number, String heading, ToLongFunction<Counts> value) {
	}

	/** Columns (3)…(13), in the form's order. */
	static final List<Column> COLUMNS = List.of(new Column(3, "Tổng số", Counts::receivedTotal),
			new Column(4, "Trực tuyến", Counts::online),
			new Column(5, "Trực tiếp, dịch vụ bưu chính", c -> c.direct() + c.postal()),
			new Column(6, "Từ kỳ trước", Counts::carriedOver), new Column(7, "Tổng số", Counts::resolvedTotal),
			new Column(8, "Trước hạn", Counts::early), new Column(9, "Đúng hạn", Counts::onTime),
			new Column(10, "Quá hạn", Counts::late), new Column(11, "Tổng số", Counts::inProgressTotal),
			new Column(12, "Trong hạn", Counts::withinDeadline), new Column(13, "Quá hạn", Counts::overdue));

	/** One line of the table: a group (numbered from 1) or the total (no number, no code). */
	record Line(Integer no, String code, String name, Counts counts) {

		boolean total() {
			return no == null;
		}

	}

	/** A rate below the table: what it measures, how (by column numbers), numerator / denominator, the percentage. */
	record Rate(String label, String formula, long numerator, long denominator, BigDecimal value) {
	}

	private ReportForm() {
	}

	/** Heading of column (2): the fields, or the units below the reporting one. */
	static String groupHeading(GroupBy groupBy) {
		return groupBy == GroupBy.UNIT ? "Đơn vị giải quyết" : "Lĩnh vực, công việc giải quyết theo cấp";
	}

	static List<Line> lines(Report report) {
		List<Line> lines = new ArrayList<>();
		int no = 1;
		for (Group group : report.groups()) {
			lines.add(new Line(no++, group.code(), group.name(), group.counts()));
		}
		lines.add(new Line(null, null, TOTAL, report.counts()));
		return lines;
	}

	static List<Rate> rates(Counts c) {
		long early = c.early() + c.onTime();
		return List.of(
				rate("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn trên số hồ sơ đã giải quyết", "((8) + (9)) / (7)", early,
						c.resolvedTotal()),
				rate("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn trên số hồ sơ nhận giải quyết", "((8) + (9)) / (3)",
						early, c.receivedTotal()),
				rate("Tỷ lệ hồ sơ tiếp nhận trực tuyến trên số hồ sơ mới tiếp nhận", "(4) / ((4) + (5))", c.online(),
						c.newInPeriod()),
				rate("Tỷ lệ đánh giá hài lòng trên số lượt đánh giá trong kỳ", "hài lòng / lượt đánh giá",
						c.satisfiedRatings(), c.ratings()));
	}

	private static Rate rate(String label, String formula, long numerator, long denominator) {
		return new Rate(label, formula, numerator, denominator, VnFormat.rate(numerator, denominator));
	}

	/** "Từ ngày … đến ngày …", and the moment counted up to when the period has not ended yet. */
	static String periodLine(Period period, VnFormat fmt) {
		String line = "Từ ngày " + fmt.date(period.from()) + " đến ngày " + fmt.date(period.to());
		Instant endOfTo = endOf(period.to());
		if (period.cutoff().isBefore(endOfTo)) {
			line += " (số liệu tính đến " + fmt.dateTime(period.cutoff()) + ")";
		}
		return line;
	}

	private static Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(MotCuaTime.ZONE).toInstant().minusNanos(1);
	}

	/** {@code 75,00% (3/4)}, or {@code — (0/0)}. */
	static String rateText(Rate rate, VnFormat fmt) {
		return fmt.percent(rate.value()) + " (" + fmt.number(rate.numerator()) + "/" + fmt.number(rate.denominator())
				+ ")";
	}

	/** A cell's text, empty for none, with formula injection neutralised ({@link vn.motcua.web.SpreadsheetText}). */
	static String safe(String value) {
		return value == null ? "" : vn.motcua.web.SpreadsheetText.safe(value);
	}

}
