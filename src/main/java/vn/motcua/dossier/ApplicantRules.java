package vn.motcua.dossier;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks on the applicant's identifiers, without Spring. A citizen's personal ID number (số định danh cá nhân, printed
 * on the CCCD) has 12 digits: 3 for the province of birth registration (Thông tư 59/2021/TT-BCA, codes of the 63
 * provinces before the 2025 mergers, which stay valid on issued cards), 1 for sex and century, 2 for the year of
 * birth, 6 at random. A tax code (mã số thuế) has 10 digits, or 10 + "-" + 3 for a dependent unit.
 */
final class ApplicantRules {

	private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

	private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");

	private static final Pattern PHONE = Pattern.compile("0\\d{9,10}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s.]{2,}");

	static final Set<String> PROVINCE_CODES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014",
			"015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
			"038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064",
			"066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089",
			"091", "092", "093", "094", "095", "096");

	private ApplicantRules() {
	}

	static boolean isPersonalIdNumber(String value) {
		return value != null && TWELVE_DIGITS.matcher(value).matches() && PROVINCE_CODES.contains(value.substring(0, 3));
	}

	static boolean isTaxCode(String value) {
		return value != null && TAX_CODE.matcher(value).matches();
	}

	static boolean isPhone(String value) {
		return value != null && PHONE.matcher(value).matches();
	}

	static boolean isEmail(String value) {
		return value != null && value.length() <= 200 && EMAIL.matcher(value).matches();
	}

	/** Digits only: "0912 345 678" and "0912.345.678" are the same phone. */
	static String digits(String value) {
		return value == null ? null : value.replaceAll("[\\s.\\-()]", "");
	}

}
