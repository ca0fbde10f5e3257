package vn.motcua.calendar;

import java.time.LocalDate;

/** Vietnamese names of calendar days, shared by the decisions and the default rules so that both read alike. */
final class HolidayNames {

	static final String NEW_YEAR = "Tết Dương lịch";

	static final String TET = "Tết Âm lịch";

	static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";

	static final String VICTORY = "Ngày Chiến thắng";

	static final String LABOUR = "Ngày Quốc tế Lao động";

	static final String NATIONAL_DAY = "Quốc khánh";

	static final String NATIONAL_DAY_ADJACENT = "Quốc khánh (ngày liền kề)";

	static final String CULTURE_DAY = "Ngày Văn hóa Việt Nam";

	private HolidayNames() {
	}

	/** "Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)". */
	static String compensatory(String holiday, LocalDate holidayDate) {
		return "Nghỉ bù " + holiday + " (" + VietnameseText.dayWithWeekday(holidayDate) + ")";
	}

	/** "Nghỉ hoán đổi, làm bù Thứ Bảy 10/01/2026". */
	static String swapped(LocalDate makeUpDay) {
		return "Nghỉ hoán đổi, làm bù " + VietnameseText.dayWithWeekday(makeUpDay);
	}

	/** "Làm bù cho ngày nghỉ Thứ Sáu 02/01/2026". */
	static String makeUp(LocalDate swappedDay) {
		return "Làm bù cho ngày nghỉ " + VietnameseText.dayWithWeekday(swappedDay);
	}

}
