package vn.motcua.dossier.forms;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The set of official forms a dossier is printed with. A dossier follows the rules and forms in force on its
 * reception date (DOMAIN.md §1.1): NĐ 118/2025/NĐ-CP applies from 01/07/2025, guided by TT 03/2025/TT-VPCP;
 * before that NĐ 61/2018/NĐ-CP, guided by TT 01/2018/TT-VPCP.
 */
public enum FormSet {

	/** TT 01/2018/TT-VPCP (23/11/2018): Mẫu 01–06; Mẫu 01–05 on A5, Mẫu 06 on A4. */
	TT01_2018("tt01-2018", "TT 01/2018/TT-VPCP", Map.of(FormKind.RECEIPT, "01", FormKind.SUPPLEMENT_REQUEST, "02",
			FormKind.REFUSAL, "03", FormKind.APOLOGY, "04", FormKind.CONTROL_SHEET, "05", FormKind.TRACKING_BOOK, "06")),

	/**
	 * TT 03/2025/TT-VPCP (15/09/2025), guiding NĐ 118/2025/NĐ-CP: Mẫu 01–07, adding Mẫu 05 "Thông báo dừng giải
	 * quyết hồ sơ" (list from secondary sources, unverified: DOMAIN.md §2.2).
	 */
	TT03_2025("tt03-2025", "TT 03/2025/TT-VPCP",
			Map.of(FormKind.RECEIPT, "01", FormKind.SUPPLEMENT_REQUEST, "02", FormKind.REFUSAL, "03", FormKind.APOLOGY,
					"04", FormKind.STOP_NOTICE, "05", FormKind.CONTROL_SHEET, "06", FormKind.TRACKING_BOOK, "07"));

	/** First reception date of NĐ 118/2025/NĐ-CP (applied from 01/07/2025), hence of the TT 03/2025 forms. */
	public static final LocalDate TT03_2025_FROM = LocalDate.of(2025, 7, 1);

	private final String directory;

	private final String circular;

	private final Map<FormKind, String> numbers;

	FormSet(String directory, String circular, Map<FormKind, String> numbers) {
		this.directory = directory;
		this.circular = circular;
		this.numbers = new EnumMap<>(numbers);
	}

	/** The set in force for a dossier received on {@code receptionDate}. */
	public static FormSet forReceptionDate(LocalDate receptionDate) {
		Objects.requireNonNull(receptionDate, "receptionDate");
		return receptionDate.isBefore(TT03_2025_FROM) ? TT01_2018 : TT03_2025;
	}

	/** The circular, as cited: {@code TT 01/2018/TT-VPCP}. */
	public String circular() {
		return this.circular;
	}

	/** Whether the circular has a form of this kind (only TT 03/2025 has the stop notice). */
	public boolean has(FormKind kind) {
		return this.numbers.containsKey(kind);
	}

	/** The number of the form in this circular: {@code "01"}…; {@link IllegalArgumentException} if it has none. */
	public String number(FormKind kind) {
		String number = this.numbers.get(kind);
		if (number == null) {
			throw new IllegalArgumentException(this.circular + " has no form " + kind);
		}
		return number;
	}

	/**
	 * Paper size of the form: TT 01/2018/TT-VPCP prints Mẫu 01–05 on A5 and the tracking book (Mẫu 06) on A4
	 * (DOMAIN.md §2.1). TT 03/2025/TT-VPCP is assumed to keep the rule by kind (unverified): the book on A4, the
	 * rest, control sheet and stop notice included, on A5.
	 */
	public String paperSize(FormKind kind) {
		number(kind);
		return kind == FormKind.TRACKING_BOOK ? "A4" : "A5";
	}

	/** The template name under {@code templates/forms/}: {@code tt03-2025/mau-05}. */
	public String template(FormKind kind) {
		return this.directory + "/mau-" + number(kind);
	}

}
