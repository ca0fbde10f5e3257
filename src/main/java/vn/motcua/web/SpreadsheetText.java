package vn.motcua.web;

/** Text written into a spreadsheet cell (xlsx or CSV) by any export. */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	/**
	 * Spreadsheet formula injection (CSV/Excel injection): a text starting with {@code = + - @}, a tab or a carriage
	 * return gets a leading apostrophe, so that no spreadsheet reads it as a formula. {@code null} stays {@code null}.
	 */
	public static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}

}
